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

    /**
     * Rules for {@link #externalModuleTree}: ACME-S3-900 (points at acl), ACME-S3-901 (an owner tag,
     * about the whole resource) and ACME-S3-902 (bucket names not starting with "public", points at bucket).
     */
    static final String MODULE_RULES = ACL_RULE + """
              - id: ACME-S3-901
                title: Buckets name their owner
                severity: LOW
                requirements: [3.4.1]
                description: Every bucket carries an owner tag.
                remediation: Add an owner tag.
                terraform:
                  resources: [aws_s3_bucket]
                  check: "has(resource.tags) && 'owner' in resource.tags"
                  message: "'bucket ' + meta.address + ' has no owner tag'"
              - id: ACME-S3-902
                title: Bucket names do not advertise public data
                severity: MEDIUM
                requirements: [3.4.1]
                description: A bucket named public-... invites public access.
                remediation: Rename the bucket.
                terraform:
                  resources: [aws_s3_bucket]
                  check: "!resource.bucket.startsWith('public')"
                  attribute: bucket
                  message: "'bucket ' + meta.address + ' is named ' + resource.bucket"
            """;

    /**
     * A root module calling a registry module installed by terraform init (which calls a local
     * module of its own) and a local module of the repository. With {@link #MODULE_RULES}:
     * module.site.aws_s3_bucket.this fails 900 (fed by argument acl, main.tf:6) and 902 (fed by
     * prefix and name); module.site.module.replica.aws_s3_bucket.replica fails 900 (acl again) and
     * 901 (nothing written); module.logs.aws_s3_bucket.logs fails 900 in its own file.
     */
    static Path externalModuleTree(Path dir) {
        write(dir, "main.tf", """
                module "site" {
                  source  = "acme/site/aws"
                  version = "~> 1.2"
                  prefix  = "public"
                  name    = "web"
                  acl     = "public-read"
                }

                module "logs" {
                  source = "./modules/logs"
                }
                """);
        write(dir, ".terraform/modules/modules.json", """
                {"Modules":[{"Key":"","Source":"","Dir":"."},
                  {"Key":"site","Source":"registry.terraform.io/acme/site/aws","Version":"1.2.0","Dir":".terraform/modules/site"},
                  {"Key":"site.replica","Source":"./modules/replica","Dir":".terraform/modules/site/modules/replica"},
                  {"Key":"logs","Source":"./modules/logs","Dir":"modules/logs"}]}
                """);
        write(dir, ".terraform/modules/site/main.tf", """
                variable "prefix" { type = string }
                variable "name" { type = string }
                variable "acl" {
                  type    = string
                  default = "private"
                }
                locals {
                  acl = var.acl
                }

                resource "aws_s3_bucket" "this" {
                  bucket = "${var.prefix}-${var.name}"
                  acl    = local.acl
                  tags   = { owner = "web" }
                }

                module "replica" {
                  source = "./modules/replica"
                  name   = "${var.name}-replica"
                  acl    = var.acl
                }
                """);
        write(dir, ".terraform/modules/site/modules/replica/main.tf", """
                variable "name" { type = string }
                variable "acl" { type = string }

                resource "aws_s3_bucket" "replica" {
                  bucket = var.name
                  acl    = var.acl
                }
                """);
        write(dir, "modules/logs/main.tf", """
                resource "aws_s3_bucket" "logs" {
                  bucket = "logs"
                  acl    = "public-read"
                  tags   = { owner = "ops" }
                }
                """);
        return dir;
    }

    static ScanReport externalModuleReport(Path dir) {
        Path tree = externalModuleTree(dir.resolve("tree"));
        Path pack = dir.resolve("module-rules");
        write(pack, "rules.yaml", MODULE_RULES);
        return scan(tree, List.of(pack), Set.of("ACME-S3-900", "ACME-S3-901", "ACME-S3-902"), ScanConfig.empty(), Severity.LOW);
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
        ScanResult result = Scanner.scan(List.of(tree), new LoadOptions(List.of(), Map.of(), Map.of(), Path.of("")).asSourceOptions(), rules, config, TODAY);
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        return new ScanReport(result, policy, PolicyEvaluation.evaluate(policy, rules, result.findings()), failOn, "9.9.9-test",
                SourceRoot.forScan(List.of(tree), Path.of("")));
    }

    static ScanReport scan(Path tree, String... ruleIds) {
        return scan(tree, List.of(), Set.of(ruleIds), ScanConfig.empty(), Severity.LOW);
    }
}
