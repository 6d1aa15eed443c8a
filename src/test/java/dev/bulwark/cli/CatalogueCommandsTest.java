package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bulwark rules}, {@code explain} and {@code policy}. */
class CatalogueCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void rulesJsonCarriesEquivalentsAndMetadata() throws Exception {
        CliRunner.Result r = CliRunner.run("rules", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rules = JSON.readTree(r.out()).path("rules");
        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.path("equivalents").isObject()).as(rule.path("id").asText()).isTrue();
            assertThat(rule.path("related").isObject()).as(rule.path("id").asText()).isTrue();
            assertThat(rule.path("severity").asText()).isIn("LOW", "MEDIUM", "HIGH", "CRITICAL");
            assertThat(rule.path("requirements")).isNotEmpty();
        });
        JsonNode s3 = find(rules, "BW-AWS-S3-001");
        // Trivy's AVD-AWS-0088 fails a bucket left to the SSE-S3 default, which this rule passes; Checkov's
        // CKV_AWS_19 does not see a separate encryption resource: both related, neither the same check.
        assertThat(s3.path("related").path("trivy").toString()).contains("AVD-AWS-0088");
        assertThat(s3.path("related").path("checkov").toString()).contains("CKV_AWS_19");
        assertThat(s3.path("equivalents").size()).isZero();
        assertThat(find(rules, "BW-AWS-REDSHIFT-001").path("equivalents").path("checkov").toString()).contains("CKV_AWS_64");
        assertThat(s3.path("soc2").toString()).contains("CC6.7");
        assertThat(s3.path("resourceTypes").toString()).contains("aws_s3_bucket");
    }

    @Test
    void rulesJsonAndExplainKeepEquivalentAndRelatedChecksApart() throws Exception {
        JsonNode rules = JSON.readTree(CliRunner.run("rules", "--format", "json").out()).path("rules");
        JsonNode cmk = find(rules, "BW-AWS-S3-002");
        // Checkov's CKV_AWS_145 passes aws:kms with the AWS managed key, which this rule fails: related, not the same.
        assertThat(cmk.path("related").path("checkov").toString()).contains("CKV_AWS_145");
        assertThat(cmk.path("equivalents").path("checkov").toString()).doesNotContain("CKV_AWS_145");
        CliRunner.Result r = CliRunner.run("explain", "BW-AWS-S3-002");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("related:      checkov CKV_AWS_145 (decide differently)").doesNotContain("same as:      checkov CKV_AWS_145");
        CliRunner.Result same = CliRunner.run("explain", "BW-AWS-BAK-001");
        assertThat(same.out()).contains("same as:      checkov CKV_AWS_21").doesNotContain("related:");
    }

    @Test
    void rulesJsonIsTheSameEveryRun() {
        Path pack = tmp.resolve("pack");
        ScanCommandTest.write(pack, "tags.yaml", CustomRules.rule("ACME-TAG-001", "LOW", "has(resource.tags)"));
        String first = CliRunner.run("rules", "--format", "json", "--rules", pack.toString()).out();
        assertThat(first).contains("ACME-TAG-001");
        // Scanners are written in name order, whatever order the metadata map keeps.
        assertThat(first.indexOf("\"checkov\" : [ \"CKV_TEST_1\" ]")).isLessThan(first.indexOf("\"trivy\" : [ \"AVD-TEST-1\" ]"));
        assertThat(CliRunner.run("rules", "--format", "json", "--rules", pack.toString()).out()).isEqualTo(first);
    }

    @Test
    void rulesTextListsIdsAndCount() {
        CliRunner.Result r = CliRunner.run("rules");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^BW-AWS-S3-001 +HIGH +3\\.4\\.1 +S3 buckets encrypt").containsPattern("(?m)^\\d+ rules$");
        assertThat(r.out()).doesNotContain("\u001b");
    }

    @Test
    void explainPrintsTitleRequirementEquivalentsAndFix() {
        CliRunner.Result r = CliRunner.run("explain", "BW-AWS-S3-001");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("BW-AWS-S3-001  S3 buckets encrypt objects at rest")
                .contains("severity:     HIGH")
                .contains("requirement:  3.4.1 Sensitive data stores are encrypted at rest (SOC 2 CC6.7)")
                .contains("related:      checkov CKV_AWS_19 (decide differently)")
                .contains("Fix: Nothing is needed for SSE-S3")
                .contains("https://docs.aws.amazon.com/");
    }

    @Test
    void explainUnknownIdExits2() {
        CliRunner.Result r = CliRunner.run("explain", "BW-NOPE-1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no rule has the id BW-NOPE-1");
    }

    @Test
    void policyPrintsRequirementsAndTheCoverageLine() {
        CliRunner.Result r = CliRunner.run("policy");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("ENG-POL-003 ")
                .containsPattern("(?m)^  3\\.4\\.1 .*Sensitive data stores are encrypted at rest$")
                .containsPattern("(?m)^coverage: \\d+ of \\d+ config requirements have at least one rule");
    }

    @Test
    void policyJsonHasCoverageFieldsThatAddUp() throws Exception {
        CliRunner.Result r = CliRunner.run("policy", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("policy").asText()).isEqualTo("ENG-POL-003");
        JsonNode coverage = root.path("coverage");
        int config = coverage.path("configRequirements").asInt();
        int withRules = coverage.path("configRequirementsWithRules").asInt();
        assertThat(config).isPositive();
        assertThat(withRules).isPositive().isLessThanOrEqualTo(config);
        assertThat(coverage.path("configRequirementsWithoutRules").size()).isEqualTo(config - withRules);

        List<String> uncoveredByRequirements = new ArrayList<>();
        for (JsonNode req : root.path("requirements")) {
            if (req.path("id").asText().equals("3.4.1")) assertThat(req.path("rules").toString()).contains("BW-AWS-S3-001");
            if (req.path("kinds").toString().contains("config") && req.path("rules").isEmpty()) uncoveredByRequirements.add(req.path("id").asText());
        }
        List<String> listed = new ArrayList<>();
        coverage.path("configRequirementsWithoutRules").forEach(n -> listed.add(n.asText()));
        assertThat(listed).containsExactlyElementsOf(uncoveredByRequirements);
    }

    private static JsonNode find(JsonNode rules, String id) {
        for (JsonNode r : rules) if (r.path("id").asText().equals(id)) return r;
        throw new AssertionError("no rule " + id);
    }
}
