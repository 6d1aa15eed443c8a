package dev.bulwark.rule;

import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.Scanner;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.builtin.exports.ConsoleUsersWithoutMfa;
import dev.bulwark.rule.builtin.exports.PatchSla;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.source.terraform.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code export:} entry of the rule format, and Terraform scans leaving export rules alone. */
class ExportRuleFormatTest {
    private final RuleLoader loader = new RuleLoader(PolicyCatalogue.bundled()::exists);

    @TempDir
    Path tmp;

    static String rule(String logic) {
        return "rules:\n"
                + "  - id: ACME-IAM-001\n"
                + "    title: Console users have MFA\n"
                + "    severity: HIGH\n"
                + "    requirements: [3.3.1]\n"
                + "    description: A password alone is not enough.\n"
                + "    remediation: Enable MFA.\n"
                + logic;
    }

    @Test
    void aRuleWithOnlyExportLogic() throws Exception {
        Rule r = loader.read("r.yaml", rule("    export:\n      kind: credential-report\n      java: " + ConsoleUsersWithoutMfa.class.getName() + "\n")).get(0);
        assertThat(r.resources()).isEmpty();
        assertThat(r.resourceTypes()).isEmpty();
        assertThat(r.exportKinds()).containsExactly(ExportKind.CREDENTIAL_REPORT);
        assertThat(r.exports().get(0).check()).isInstanceOf(ConsoleUsersWithoutMfa.class);
    }

    @Test
    void aRuleWithBothKindsOfLogic() throws Exception {
        Rule r = loader.read("r.yaml", rule("    terraform:\n      resources: [aws_iam_user]\n      check: \"true\"\n"
                + "    export:\n      - kind: trivy\n        java: " + PatchSla.class.getName() + "\n"
                + "      - kind: grype\n        java: " + PatchSla.class.getName() + "\n")).get(0);
        assertThat(r.resourceTypes()).containsExactly("aws_iam_user");
        assertThat(r.exportKinds()).containsExactlyInAnyOrder(ExportKind.TRIVY, ExportKind.GRYPE);
    }

    @Test
    void aRuleNeedsSomeLogic() {
        assertThatThrownBy(() -> loader.read("r.yaml", rule("")))
                .isInstanceOf(RuleException.class)
                .hasMessageStartingWith("r.yaml: rule ACME-IAM-001: field \"logic\" is missing: a rule needs logic for at least one input kind (logic for resources, export");
    }

    @Test
    void exportEntriesAreChecked() {
        String check = ConsoleUsersWithoutMfa.class.getName();
        assertThatThrownBy(() -> loader.read("r.yaml", rule("    export:\n      kind: okta\n      java: " + check + "\n")))
                .hasMessage("r.yaml: rule ACME-IAM-001: export: field \"kind\" names unknown export kind \"okta\" "
                        + "(use credential-report, roster, terminations, trivy, grype, xccdf, lynis)");
        assertThatThrownBy(() -> loader.read("r.yaml", rule("    export:\n      kind: roster\n      java: " + check + "\n")))
                .hasMessage("r.yaml: rule ACME-IAM-001: export: field \"kind\" roster is not one " + check + " judges [credential-report]");
        assertThatThrownBy(() -> loader.read("r.yaml", rule("    export:\n      kind: roster\n      java: java.lang.String\n")))
                .hasMessage("r.yaml: rule ACME-IAM-001: export: field \"java\": java.lang.String is not an export check");
        assertThatThrownBy(() -> loader.read("r.yaml", rule("    export:\n      kind: roster\n      java: com.example.Missing\n")))
                .hasMessage("r.yaml: rule ACME-IAM-001: export: field \"java\": cannot load class com.example.Missing");
        assertThatThrownBy(() -> loader.read("r.yaml", rule("    export:\n      kind: credential-report\n")))
                .hasMessage("r.yaml: rule ACME-IAM-001: export: field \"java\" is missing");
        assertThatThrownBy(() -> loader.read("r.yaml", rule("    export:\n      kind: credential-report\n      java: " + check + "\n      check: x\n")))
                .hasMessage("r.yaml: rule ACME-IAM-001: export: unknown field \"check\" (allowed: java, kind)");
        assertThatThrownBy(() -> loader.read("r.yaml", rule("    export:\n      - kind: credential-report\n        java: " + check
                + "\n      - kind: credential-report\n        java: " + check + "\n")))
                .hasMessage("r.yaml: rule ACME-IAM-001: export: kind credential-report is listed twice");
        assertThatThrownBy(() -> loader.read("r.yaml", rule("    export: credential-report\n")))
                .hasMessage("r.yaml: rule ACME-IAM-001: export: must be a mapping with kind and java");
    }

    @Test
    void terraformScansIgnoreExportRules() throws Exception {
        Files.writeString(tmp.resolve("main.tf"), "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n");
        List<Rule> all = RuleSet.builtin(PolicyCatalogue.bundled()::exists).all();
        assertThat(all).anyMatch(r -> r.resources().isEmpty());
        ScanResult result = Scanner.scan(List.of(tmp), new LoadOptions(List.of(), Map.of(), Map.of(), tmp).asSourceOptions(), all, ScanConfig.empty(),
                LocalDate.of(2026, 6, 1));
        // A code scan runs the rules with resource logic and the secret rules (they read the same files), never an export rule.
        assertThat(result.rules()).isNotEmpty().allMatch(r -> !r.resources().isEmpty() || !r.secrets().isEmpty())
                .noneMatch(r -> !r.exports().isEmpty());
        assertThat(result.findings()).isNotEmpty().allMatch(f -> !f.rule().resources().isEmpty() || !f.rule().secrets().isEmpty());
    }
}
