package dev.bulwark.report;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.Scanner;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.Severity;
import dev.bulwark.source.terraform.LoadOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scans small trees written by a test into a {@link ScanReport}, with only the rules named, so the
 * report tests do not depend on which built-in rules exist besides BW-AWS-BAK-001 (S3 versioning), which
 * fails a plain bucket.
 */
final class TestScans {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** A rule pack with ACME-S3-900: CRITICAL, fails on acl = "public-read", points at the acl attribute. */
    static final String ACL_RULE = """
            rules:
              - id: ACME-S3-900
                title: Buckets are not readable by everyone
                severity: CRITICAL
                requirements: [3.4.1]
                description: A bucket with the public-read canned ACL lets anyone list and read its objects.
                remediation: Remove the acl argument or set it to private.
                equivalents:
                  trivy: [AVD-AWS-0092]
                  checkov: [CKV_AWS_20]
                terraform:
                  resources: [aws_s3_bucket]
                  check: "!has(resource.acl) || resource.acl != 'public-read'"
                  attribute: acl
                  message: "'bucket ' + meta.address + ' has acl ' + resource.acl"
            """;

    /**
     * One of each kind of finding: "web" fails both rules, BAK-001 suppressed inline; "logs" fails
     * BAK-001, suppressed in the config {@link #richConfig} gives; "data" is UNKNOWN (versioning status
     * from an unset variable); "ok" passes. Plus a file that does not parse.
     */
    static Path richTree(Path dir) {
        write(dir, "main.tf", """
                variable "versioning" {
                  type = string
                }

                # bulwark:ignore BW-AWS-BAK-001 reason="holds only public web assets" until=2099-12-31
                resource "aws_s3_bucket" "web" {
                  bucket = "web"
                  acl    = "public-read"
                }

                resource "aws_s3_bucket" "logs" {
                  bucket = "logs"
                }

                resource "aws_s3_bucket" "data" {
                  bucket = "data"
                }

                resource "aws_s3_bucket_versioning" "data" {
                  bucket = aws_s3_bucket.data.id
                  versioning_configuration {
                    status = var.versioning
                  }
                }

                resource "aws_s3_bucket" "ok" {
                  bucket = "ok"
                  versioning {
                    enabled = true
                  }
                }
                """);
        write(dir, "broken.tf", "resource \"aws_s3_bucket\" \"half\" {\n  bucket = \"half\"\n");
        return dir;
    }

    static ScanConfig richConfig(Path dir) {
        return new ScanConfig(null, List.of(), Map.of(), List.of(new ScanConfig.ConfigSuppression("BW-AWS-BAK-001",
                "aws_s3_bucket.logs", null, "archived, read-only", null)), dir.resolve(".bulwark.yaml").toString());
    }

    static ScanReport richReport(Path dir, Severity failOn) {
        Path tree = richTree(dir.resolve("tree"));
        return scan(tree, List.of(aclPack(dir)), Set.of("BW-AWS-BAK-001", "ACME-S3-900"), richConfig(tree), failOn);
    }

    private TestScans() {}

    static Path write(Path dir, String file, String text) {
        try {
            Path p = dir.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule pack directory holding {@link #ACL_RULE}. */
    static Path aclPack(Path parent) {
        Path pack = parent.resolve("pack");
        write(pack, "acl.yaml", ACL_RULE);
        return pack;
    }

    static ScanReport scan(Path tree, List<Path> packs, Set<String> ruleIds, ScanConfig config, Severity failOn) {
        List<Rule> rules;
        try {
            rules = Bulwark.rules(packs).all().stream().filter(r -> ruleIds.contains(r.id())).toList();
        } catch (RuleException e) {
            throw new IllegalStateException(e);
        }
        ScanResult result = Scanner.scan(List.of(tree), new LoadOptions(List.of(), Map.of(), Map.of(), Path.of("")), rules, config, TODAY);
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        return new ScanReport(result, policy, PolicyEvaluation.evaluate(policy, rules, result.findings()), failOn, "9.9.9-test",
                SourceRoot.forScan(List.of(tree), Path.of("")));
    }

    static ScanReport scan(Path tree, String... ruleIds) {
        return scan(tree, List.of(), Set.of(ruleIds), ScanConfig.empty(), Severity.LOW);
    }
}
