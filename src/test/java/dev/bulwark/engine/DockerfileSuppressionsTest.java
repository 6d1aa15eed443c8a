package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.rule.Status;
import dev.bulwark.source.SourceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Inline suppressions in Dockerfiles: above the FROM line of a stage, or above the instruction a finding points at. */
class DockerfileSuppressionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static List<Finding> failures(Path dir, String dockerfile, String ruleId) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        var rule = RuleSet.builtin(PolicyCatalogue.bundled()::exists).find(ruleId).orElseThrow();
        ScanResult r = Scanner.scan(List.of(dir), SourceOptions.of(dir), List.of(rule), ScanConfig.empty(), TODAY);
        return r.findings().stream().filter(f -> f.status() == Status.FAIL).toList();
    }

    @Test
    void aCommentAboveTheInstructionSuppressesTheFindingThatPointsAtIt(@TempDir Path dir) throws Exception {
        List<Finding> found = failures(dir, """
                FROM debian:12-slim
                RUN apt-get update
                # bulwark:ignore BW-DKR-006 reason="internal mirror without a key, being replaced"
                RUN apt-get install -y --allow-unauthenticated tool
                """, "BW-DKR-006");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.attributeLocation().startLine()).isEqualTo(4);
            assertThat(f.suppressed()).isTrue();
            assertThat(f.suppression().reason()).isEqualTo("internal mirror without a key, being replaced");
        });
    }

    @Test
    void aCommentAboveTheFromLineSuppressesTheStage(@TempDir Path dir) throws Exception {
        List<Finding> found = failures(dir, """
                FROM golang:1.22 AS build
                RUN go build -o /app .
                # bulwark:ignore BW-CTR-001 reason="debug image, never deployed" until=2027-01-31
                FROM alpine:3.20 AS debug
                COPY --from=build /app /app
                """, "BW-CTR-001");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.resourceAddress()).endsWith("#stage=debug");
            assertThat(f.suppressed()).isTrue();
        });
    }

    @Test
    void aCommentElsewhereSuppressesNothing(@TempDir Path dir) throws Exception {
        List<Finding> found = failures(dir, """
                # bulwark:ignore BW-DKR-006 reason="wrong place"

                FROM debian:12-slim
                RUN apt-get install -y --force-yes tool
                # bulwark:ignore BW-DKR-006 reason="below the instruction"
                """, "BW-DKR-006");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.suppressed()).isFalse());
    }
}
