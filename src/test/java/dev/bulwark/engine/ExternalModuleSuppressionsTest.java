package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;
import dev.bulwark.source.terraform.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppressing findings of a module installed by terraform init: at the module call the findings
 * point at, never by comments inside the fetched module; .bulwark.yaml paths match either file.
 */
class ExternalModuleSuppressionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path workingDir;

    private ScanResult scan(String mainTf, String config) throws Exception {
        Path tree = workingDir.resolve("infra");
        write(tree.resolve("main.tf"), mainTf);
        write(tree.resolve(".terraform/modules/modules.json"), """
                {"Modules":[{"Key":"","Source":"","Dir":"."},
                  {"Key":"site","Source":"registry.terraform.io/acme/site/aws","Version":"1.2.0","Dir":".terraform/modules/site"},
                  {"Key":"site.replica","Source":"./replica","Dir":".terraform/modules/site/replica"}]}
                """);
        write(tree.resolve(".terraform/modules/site/main.tf"), """
                variable "acl" { type = string }
                # bulwark:ignore ACME-ACL-1 reason="the module author says it is fine"
                resource "aws_s3_bucket" "this" {
                  acl = var.acl
                }
                module "replica" {
                  source = "./replica"
                  acl    = var.acl
                }
                """);
        write(tree.resolve(".terraform/modules/site/replica/main.tf"), """
                variable "acl" { type = string }
                resource "aws_s3_bucket" "replica" {
                  acl = var.acl
                }
                """);
        write(tree.resolve("modules/own/main.tf"), """
                # bulwark:ignore ACME-ACL-1 reason="a public download area"
                resource "aws_s3_bucket" "own" {
                  acl = "public-read"
                }
                """);
        if (config != null) write(tree.resolve(ScanConfig.FILE_NAME), config);
        Path pack = workingDir.resolve("pack");
        write(pack.resolve("acl.yaml"), """
                rules:
                  - id: ACME-ACL-1
                    title: Buckets are private
                    severity: HIGH
                    requirements: [3.4.1]
                    description: No public ACL.
                    remediation: Remove the acl.
                    terraform:
                      resources: [aws_s3_bucket]
                      check: "!has(resource.acl) || resource.acl == 'private'"
                      attribute: acl
                      message: "'acl is ' + resource.acl"
                """);
        List<Rule> rules = Bulwark.rules(List.of(pack)).all().stream().filter(r -> r.id().equals("ACME-ACL-1")).toList();
        return Scanner.scan(List.of(tree), new LoadOptions(List.of(), Map.of(), Map.of(), workingDir).asSourceOptions(), rules,
                ScanConfig.discover(List.of(tree)), TODAY);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> suppressed(ScanResult result) {
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
        return result.findings().stream().filter(Finding::suppressed).map(Finding::resourceAddress).sorted().toList();
    }

    private static final String CALL = """
            module "site" {
              source = "acme/site/aws"
              acl    = "public-read"
            }
            module "own" {
              source = "./modules/own"
            }
            """;

    @Test
    void commentAboveTheModuleCallSuppressesItsResourcesNestedOnesIncluded() throws Exception {
        ScanResult result = scan("# bulwark:ignore ACME-ACL-1 reason=\"assets are public by design\" until=2027-01-31\n" + CALL, null);
        assertThat(suppressed(result)).containsExactly("module.own.aws_s3_bucket.own", "module.site.aws_s3_bucket.this",
                "module.site.module.replica.aws_s3_bucket.replica");
        Finding nested = result.findings().stream().filter(f -> f.resourceAddress().endsWith("replica")).findFirst().orElseThrow();
        assertThat(nested.suppression().reason()).isEqualTo("assets are public by design");
        assertThat(nested.suppression().declaredAt().file()).endsWith("infra/main.tf");
        assertThat(nested.suppression().declaredAt().startLine()).isEqualTo(1);
    }

    @Test
    void commentInsideTheFetchedModuleIsNotTheUsersAndDoesNotSuppress() throws Exception {
        ScanResult result = scan(CALL, null);
        assertThat(suppressed(result)).as("only the repository's own module's comment applies").containsExactly("module.own.aws_s3_bucket.own");
        assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
    }

    @Test
    void configPathMatchesTheModulesOwnFiles() throws Exception {
        ScanResult result = scan(CALL, """
                suppressions:
                  - rule: ACME-ACL-1
                    path: ".terraform/modules/site/**"
                    reason: vendor module, tracked upstream
                """);
        assertThat(suppressed(result)).containsExactly("module.own.aws_s3_bucket.own", "module.site.aws_s3_bucket.this",
                "module.site.module.replica.aws_s3_bucket.replica");
    }

    @Test
    void configPathMatchesTheCallersFile() throws Exception {
        ScanResult result = scan(CALL, """
                suppressions:
                  - rule: ACME-ACL-1
                    path: "main.tf"
                    reason: everything called from here is reviewed
                """);
        assertThat(suppressed(result)).containsExactly("module.own.aws_s3_bucket.own", "module.site.aws_s3_bucket.this",
                "module.site.module.replica.aws_s3_bucket.replica");
    }
}
