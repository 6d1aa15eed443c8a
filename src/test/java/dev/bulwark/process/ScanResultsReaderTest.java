package dev.bulwark.process;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.RequirementStatus;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a saved bulwark scan --format json for the configuration side of bulwark status. */
class ScanResultsReaderTest {
    private static final PolicyCatalogue POLICY = PolicyCatalogue.bundled();

    private static final String RESULTS = """
            {"schemaVersion": "1.0", "policy": {"id": "ENG-POL-003"},
             "findings": [
               {"rule": "BW-AWS-S3-001", "status": "FAIL", "severity": "HIGH", "requirements": ["3.4.1"],
                "resource": {"address": "aws_s3_bucket.logs", "type": "aws_s3_bucket"},
                "location": {"file": "main.tf", "startLine": 3, "endLine": 9}, "attributeLocation": null,
                "message": "no encryption", "suppressed": false},
               {"rule": "BW-AWS-S3-001", "status": "FAIL", "severity": "HIGH", "requirements": ["3.4.1"],
                "resource": {"address": "aws_s3_bucket.site", "type": "aws_s3_bucket"},
                "location": {"file": "main.tf", "startLine": 12, "endLine": 14}, "message": "no encryption", "suppressed": true},
               {"rule": "BW-AWS-IAM-005", "status": "UNKNOWN", "severity": "CRITICAL", "requirements": ["3.1.2"],
                "resource": {"address": "aws_iam_role.x", "type": "aws_iam_role"},
                "location": {"file": "iam.tf", "startLine": 1, "endLine": 4},
                "attributeLocation": {"file": "iam.tf", "startLine": 2, "endLine": 2}, "message": "cannot decide"},
               {"rule": "BW-AWS-NET-001", "status": "PASS", "severity": "HIGH", "requirements": ["3.1.1"],
                "resource": {"address": "aws_security_group.a", "type": "aws_security_group"},
                "location": {"file": "net.tf", "startLine": 1, "endLine": 4}, "message": "ok"}],
             "requirements": [
               {"id": "3.4.1", "status": "FAIL", "pass": 0, "fail": 1, "unknown": 0, "suppressed": 1, "rules": ["BW-AWS-S3-001"]},
               {"id": "3.1.1", "status": "PASS", "pass": 1, "fail": 0, "unknown": 0, "suppressed": 0, "rules": ["BW-AWS-NET-001"]}]}
            """;

    @Test
    void checksThatDidNotApplyAreNeitherFailuresNorPasses() throws Exception {
        String results = """
                {"schemaVersion": "1.1", "policy": {"id": "ENG-POL-003"},
                 "findings": [
                   {"rule": "BW-GHA-001", "status": "NOT_APPLICABLE", "severity": "MEDIUM", "requirements": ["3.5.3", "3.5.4"],
                    "resource": {"address": "github_actions_workflow.test", "type": "github_actions_workflow"},
                    "location": {"file": ".github/workflows/test.yml", "startLine": 1, "endLine": 9}, "message": "does not apply"}],
                 "requirements": [
                   {"id": "3.5.3", "status": "NO_APPLICABLE_RESOURCES", "pass": 0, "fail": 0, "unknown": 0, "notApplicable": 1,
                    "suppressed": 0, "rules": ["BW-GHA-001"]}]}
                """;
        ConfigResults r = ScanResultsReader.parse("results.json", results, POLICY, null);
        assertThat(r.failures()).isEmpty();
        assertThat(r.requirement("3.5.3")).hasValueSatisfying(q -> {
            assertThat(q.status()).isEqualTo(RequirementStatus.NO_APPLICABLE_RESOURCES);
            assertThat(q.notApplicable()).isEqualTo(1);
            assertThat(q.pass()).isZero();
        });
        // Results written before checks could be not applicable have no such count.
        assertThat(ScanResultsReader.parse("old.json", RESULTS, POLICY, null).requirement("3.1.1").orElseThrow().notApplicable()).isZero();
    }

    @Test
    void readsRequirementsAndTheFindingsThatDidNotPass() throws Exception {
        ConfigResults r = ScanResultsReader.parse("results.json", RESULTS, POLICY, "2026-03-30T10:00:00Z");
        assertThat(r.source()).isEqualTo("results.json");
        assertThat(r.scannedAt()).isEqualTo("2026-03-30T10:00:00Z");
        assertThat(r.requirement("3.4.1")).hasValueSatisfying(q -> {
            assertThat(q.status()).isEqualTo(RequirementStatus.FAIL);
            assertThat(q.suppressed()).isEqualTo(1);
            assertThat(q.rules()).containsExactly("BW-AWS-S3-001");
        });
        assertThat(r.requirement("3.3.3")).isEmpty();
        assertThat(r.failures()).extracting(f -> f.status() + " " + f.rule() + " " + f.resourceAddress() + " " + f.location())
                .containsExactly("FAIL BW-AWS-S3-001 aws_s3_bucket.logs main.tf:3", "UNKNOWN BW-AWS-IAM-005 aws_iam_role.x iam.tf:2");
        assertThat(r.failures().get(0).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void filesThatAreNotScanResultsAreRejectedWithWhereAndWhy() {
        assertThatThrownBy(() -> ScanResultsReader.parse("r.json", "{\"schemaVersion\": \"1.0\",\n  \"requirements\": [", POLICY, null))
                .isInstanceOf(ScanResultsException.class).hasMessageStartingWith("r.json:2:").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ScanResultsReader.parse("r.json", "{\"runs\": []}", POLICY, null))
                .hasMessage("r.json: not the output of bulwark scan --format json (no schemaVersion and requirements)");
        assertThatThrownBy(() -> ScanResultsReader.parse("r.json", "{\"schemaVersion\": \"2.0\", \"requirements\": []}", POLICY, null))
                .hasMessage("r.json: schemaVersion 2.0 is not supported (this version of bulwark reads 1.x)");
        assertThatThrownBy(() -> ScanResultsReader.parse("r.json", "{\"schemaVersion\": \"1.0\", \"policy\": {\"id\": \"OTHER\"}, \"requirements\": []}",
                POLICY, null)).hasMessage("r.json: policy.id: the results are for policy \"OTHER\", not ENG-POL-003");
        assertThatThrownBy(() -> ScanResultsReader.parse("r.json", RESULTS.replace("\"status\": \"PASS\", \"pass\"", "\"status\": \"GREEN\", \"pass\""),
                POLICY, null)).hasMessage("r.json: requirements[1].status: \"GREEN\" is not a requirement status (FAIL, UNKNOWN, PASS, NO_APPLICABLE_RESOURCES, NO_RESOURCES, NOT_COVERED)");
        assertThatThrownBy(() -> ScanResultsReader.parse("r.json", RESULTS.replace("\"id\": \"3.1.1\"", "\"id\": \"9.9.9\""), POLICY, null))
                .hasMessage("r.json: requirements[1].id: \"9.9.9\" is not a requirement of ENG-POL-003");
    }
}
