package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.policy.RequirementResult;
import dev.bulwark.policy.RequirementStatus;
import dev.bulwark.process.ConfigResults;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression test: a check that does not apply is NOT_APPLICABLE, never PASS. Workflows that run no
 * Terraform used to "pass" the rule asking Terraform pipelines to scan, so a repository where nothing
 * scans showed 3.5.3 as passing.
 */
class NotApplicableReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String TEST_WORKFLOW = """
            on: push
            permissions:
              contents: read
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: make test
            """;

    private Path workflowsWithoutTerraform() {
        for (String name : new String[] {"test", "lint", "docs"}) TestScans.write(dir, ".github/workflows/" + name + ".yml", TEST_WORKFLOW);
        return dir;
    }

    private static RequirementResult requirement(ScanReport report, String id) {
        return report.requirements().stream().filter(r -> r.requirement().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void workflowsThatRunNoTerraformLeaveTheScanRequirementWithoutApplicableResources() throws Exception {
        ScanReport report = TestScans.scan(workflowsWithoutTerraform(), "BW-GHA-001");

        assertThat(report.result().findings()).hasSize(3).allMatch(f -> f.status() == Status.NOT_APPLICABLE);
        RequirementResult scanning = requirement(report, "3.5.3");
        assertThat(scanning.status()).isEqualTo(RequirementStatus.NO_APPLICABLE_RESOURCES);
        assertThat(scanning.passed()).isZero();
        assertThat(scanning.notApplicable()).isEqualTo(3);

        StringWriter console = new StringWriter();
        new ConsoleReport(false, false).write(report, new PrintWriter(console));
        assertThat(console.toString()).contains("0 failed, 0 unknown, 0 passed, 3 not applicable, 0 suppressed")
                .contains("no applicable resources").doesNotContain("NOT_APPLICABLE");

        JsonNode json = FindingsJsonReport.toJson(report);
        assertThat(Schemas.scanResultsErrors(json)).isEmpty();
        assertThat(json.path("summary").path("pass").asInt()).isZero();
        assertThat(json.path("summary").path("notApplicable").asInt()).isEqualTo(3);
        assertThat(json.path("findings").get(0).path("status").asText()).isEqualTo("NOT_APPLICABLE");
        JsonNode req = null;
        for (JsonNode r : json.path("requirements")) if (r.path("id").asText().equals("3.5.3")) req = r;
        assertThat(req.path("status").asText()).isEqualTo("NO_APPLICABLE_RESOURCES");
        assertThat(req.path("notApplicable").asInt()).isEqualTo(3);

        StringWriter sarif = new StringWriter();
        SarifReport.write(report, sarif);
        JsonNode sarifJson = JSON.readTree(sarif.toString());
        assertThat(Schemas.sarifErrors(sarifJson)).isEmpty();
        assertThat(sarifJson.path("runs").get(0).path("results")).isEmpty();

        ConfigResults status = ConfigResults.fromScan("scan", report.result(), report.policy());
        assertThat(status.requirement("3.5.3").orElseThrow().status()).isEqualTo(RequirementStatus.NO_APPLICABLE_RESOURCES);
        assertThat(status.failures()).isEmpty();
    }

    @Test
    void aRequirementPassesOnlyOnTheChecksThatApplied() {
        workflowsWithoutTerraform();
        TestScans.write(dir, ".github/workflows/deploy.yml", """
                on: push
                permissions:
                  contents: read
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: bulwark scan .
                      - run: terraform apply -auto-approve
                """);
        RequirementResult scanning = requirement(TestScans.scan(dir, "BW-GHA-001"), "3.5.3");
        assertThat(scanning.status()).isEqualTo(RequirementStatus.PASS);
        assertThat(scanning.passed()).isEqualTo(1);
        assertThat(scanning.notApplicable()).isEqualTo(3);
    }

    @Test
    void aFailureStillFailsTheRequirementBesideChecksThatDidNotApply() {
        workflowsWithoutTerraform();
        TestScans.write(dir, ".github/workflows/deploy.yml", """
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: terraform apply -auto-approve
                """);
        RequirementResult scanning = requirement(TestScans.scan(dir, "BW-GHA-001"), "3.5.3");
        assertThat(scanning.status()).isEqualTo(RequirementStatus.FAIL);
        assertThat(scanning.failed()).isEqualTo(1);
    }
}
