package dev.bulwark.report;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.finding.Suppression;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.Severity;
import dev.bulwark.rule.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans of any size made without scanning: the built-in Terraform rules' findings on buckets
 * written into a few generated files, every 10th undecided and every 25th suppressed, for the
 * reports' size limits and the HTML benchmark.
 */
final class SyntheticScans {
    static final int LINES_PER_FILE = 2000;

    private SyntheticScans() {}

    static ScanReport manyFindings(Path dir, int count) {
        List<Rule> rules;
        try {
            rules = Bulwark.rules(List.of()).all().stream()
                    .filter(r -> !r.metadata().requirements().isEmpty() && PolicyCatalogue.bundled().exists(r.metadata().requirements().get(0)))
                    .toList();
        } catch (RuleException e) {
            throw new IllegalStateException(e);
        }
        int files = Math.max(1, count / (LINES_PER_FILE / 4));
        for (int i = 0; i < files; i++) write(dir.resolve("stack" + i + ".tf"));
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Rule rule = rules.get(i % rules.size());
            int line = (i / files) % (LINES_PER_FILE / 4) * 4 + 2;
            String file = dir.resolve("stack" + (i % files) + ".tf").toString();
            Status status = i % 10 == 9 ? Status.UNKNOWN : Status.FAIL;
            Suppression suppression = i % 25 == 24
                    ? new Suppression("accepted risk " + i, null, SourceLocation.at(file, line - 1, 1)) : null;
            findings.add(new Finding(rule, status, "aws_s3_bucket.b" + i, "aws_s3_bucket", SourceLocation.at(file, line - 1, 1),
                    SourceLocation.at(file, line, 3), "bucket aws_s3_bucket.b" + i + " has acl public-read", suppression));
        }
        ScanResult result = new ScanResult(findings, rules, new InfrastructureModel(List.of(), List.of(), files, 0), List.of(), 0, 0);
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        return new ScanReport(result, policy, PolicyEvaluation.evaluate(policy, rules, findings), Severity.LOW, "9.9.9-test", dir);
    }

    private static void write(Path file) {
        StringBuilder tf = new StringBuilder();
        for (int b = 0; b < LINES_PER_FILE / 4; b++) {
            tf.append("resource \"aws_s3_bucket\" \"b").append(b).append("\" {\n  acl = \"public-read\"\n}\n\n");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, tf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
