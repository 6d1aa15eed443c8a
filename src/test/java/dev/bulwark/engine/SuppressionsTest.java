package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.source.terraform.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Path suppressions in .bulwark.yaml: relative to the config's directory or to the working directory. */
class SuppressionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path workingDir;

    private List<String> suppressedAddresses(String pathGlob) throws Exception {
        Path tree = workingDir.resolve("infra");
        Files.createDirectories(tree.resolve("legacy"));
        Files.writeString(tree.resolve("main.tf"), "resource \"aws_s3_bucket\" \"current\" {\n  bucket = \"c\"\n}\n");
        Files.writeString(tree.resolve("legacy/main.tf"), "resource \"aws_s3_bucket\" \"old\" {\n  bucket = \"o\"\n}\n");
        Files.writeString(tree.resolve(ScanConfig.FILE_NAME), """
                suppressions:
                  - rule: BW-AWS-BAK-001
                    path: "%s"
                    reason: being retired
                """.formatted(pathGlob));
        // BW-AWS-BAK-001 (versioning) fails both plain buckets, so only the suppression decides what is marked.
        Rule s3 = RuleSet.builtin(PolicyCatalogue.bundled()::exists).find("BW-AWS-BAK-001").orElseThrow();
        ScanConfig config = ScanConfig.discover(List.of(tree));
        ScanResult result = Scanner.scan(List.of(tree), new LoadOptions(List.of(), Map.of(), Map.of(), workingDir).asSourceOptions(), List.of(s3), config, TODAY);
        assertThat(result.findings()).hasSize(2);
        return result.findings().stream().filter(Finding::suppressed).map(Finding::resourceAddress).toList();
    }

    @Test
    void globRelativeToTheConfigDirectory() throws Exception {
        assertThat(suppressedAddresses("legacy/**")).containsExactly("aws_s3_bucket.old");
    }

    @Test
    void globRelativeToTheWorkingDirectory() throws Exception {
        assertThat(suppressedAddresses("infra/legacy/**")).containsExactly("aws_s3_bucket.old");
    }

    @Test
    void starStaysWithinOneDirectory() throws Exception {
        assertThat(suppressedAddresses("*.tf")).containsExactly("aws_s3_bucket.current");
    }

    @Test
    void globThatMatchesNeitherSuppressesNothing() throws Exception {
        assertThat(suppressedAddresses("other/**")).isEmpty();
    }
}
