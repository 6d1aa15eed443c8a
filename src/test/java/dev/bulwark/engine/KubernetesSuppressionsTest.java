package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;
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

/** Suppressions of findings on Kubernetes objects: the YAML comment above the object and the annotation on it. */
class KubernetesSuppressionsTest {
    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: %s
            %s
            spec:
              containers:
                - {name: c, image: registry.example/c:1.0}
            """;

    private static List<Finding> scan(Path dir) throws Exception {
        Rule rule = RuleSet.builtin(PolicyCatalogue.bundled()::exists).find("BW-CTR-001").orElseThrow();
        ScanResult r = Scanner.scan(List.of(dir), SourceOptions.of(dir), List.of(rule), ScanConfig.empty(), LocalDate.of(2026, 6, 1));
        return r.findings();
    }

    private static Finding on(List<Finding> findings, String address) {
        return findings.stream().filter(f -> f.resourceAddress().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void theCommentAboveTheObjectAndTheAnnotationOnItSuppress(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pods.yaml"), "---\n# Source: c/templates/a.yaml\n# bulwark:ignore BW-CTR-001 reason=\"vendor image\"\n"
                + POD.formatted("commented", "")
                + "---\n" + POD.formatted("annotated", "  annotations:\n    bulwark.dev/ignore: \"BW-CTR-001 reason=agent needs root\"")
                + "---\n" + POD.formatted("expired", "  annotations:\n    bulwark.dev/ignore: \"BW-CTR-001 reason=old until=2026-01-01\"")
                + "---\n" + POD.formatted("plain", ""));
        List<Finding> found = scan(dir);
        assertThat(on(found, "Pod/default/commented").suppression().reason()).isEqualTo("vendor image");
        assertThat(on(found, "Pod/default/annotated").suppression().reason()).isEqualTo("agent needs root");
        assertThat(on(found, "Pod/default/expired").suppressed()).isFalse();
        assertThat(on(found, "Pod/default/plain").suppressed()).isFalse();
        assertThat(found).allMatch(f -> f.status() == Status.FAIL);
    }
}
