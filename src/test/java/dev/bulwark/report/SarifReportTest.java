package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SARIF output: valid against the SARIF 2.1.0 schema, and what code hosts rely on. */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode written(ScanReport report) throws Exception {
        StringWriter out = new StringWriter();
        SarifReport.write(report, out);
        return JSON.readTree(out.toString());
    }

    @Test
    void everyKindOfResultValidatesAgainstTheSarifSchema() throws Exception {
        JsonNode root = written(TestScans.richReport(dir, Severity.HIGH));
        assertThat(Schemas.sarifErrors(root)).isEmpty();
        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.path("runs").get(0);
        assertThat(run.path("results").size()).as("every FAIL and UNKNOWN, suppressed ones included; no PASS").isEqualTo(4);
    }

    @Test
    void schemaCopyRejectsInvalidSarif() throws Exception {
        ObjectNode broken = (ObjectNode) written(TestScans.richReport(dir, Severity.HIGH));
        ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertThat(Schemas.sarifErrors(broken)).isNotEmpty();
        broken.remove("version");
        assertThat(Schemas.sarifErrors(broken)).isNotEmpty();
    }

    @Test
    void driverAndRulesCarryWhatCodeHostsNeed() throws Exception {
        JsonNode driver = written(TestScans.richReport(dir, Severity.HIGH)).path("runs").get(0).path("tool").path("driver");
        assertThat(driver.path("version").asText()).isEqualTo("9.9.9-test");
        assertThat(driver.path("informationUri").asText()).startsWith("https://");
        assertThat(driver.path("rules")).hasSize(2).allSatisfy(rule -> {
            assertThat(rule.path("help").path("text").asText()).contains("Fix:");
            assertThat(rule.path("help").path("markdown").asText()).isNotBlank();
            assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("properties").path("security-severity").asText()).matches("\\d+\\.\\d");
            assertThat(rule.path("properties").path("tags").toString()).contains("policy/3.", "soc2/CC");
        });
        assertThat(rule(driver, "BW-AWS-BAK-001").path("properties").path("tags").toString()).contains("policy/3.5.5");
        JsonNode acl = rule(driver, "ACME-S3-900");
        assertThat(acl.path("properties").path("tags").toString()).contains("policy/3.4.1", "soc2/CC6.7");
        assertThat(acl.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(acl.path("properties").path("security-severity").asText()).isEqualTo("9.5");
    }

    @Test
    void resultsAreRelativeToSrcrootWithFingerprintsAndSuppressions() throws Exception {
        JsonNode run = written(TestScans.richReport(dir, Severity.HIGH)).path("runs").get(0);
        String base = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        assertThat(base).isEqualTo(dir.resolve("tree").toUri().toString()).endsWith("/");
        for (JsonNode r : run.path("results")) {
            JsonNode artifact = r.path("locations").get(0).path("physicalLocation").path("artifactLocation");
            assertThat(artifact.path("uri").asText()).isEqualTo("main.tf");
            assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(r.path("partialFingerprints").path("bulwarkFinding/v1").asText()).matches("[0-9a-f]{32}");
            JsonNode rule = run.path("tool").path("driver").path("rules").get(r.path("ruleIndex").asInt());
            assertThat(rule.path("id").asText()).isEqualTo(r.path("ruleId").asText());
        }
        JsonNode inline = result(run, "BW-AWS-BAK-001", "aws_s3_bucket.web");
        assertThat(inline.path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
        assertThat(inline.path("suppressions").get(0).path("justification").asText()).isEqualTo("holds only public web assets");
        assertThat(result(run, "BW-AWS-BAK-001", "aws_s3_bucket.logs").path("suppressions").get(0).path("kind").asText())
                .isEqualTo("external");
        JsonNode acl = result(run, "ACME-S3-900", "aws_s3_bucket.web");
        assertThat(acl.path("kind").asText()).isEqualTo("fail");
        assertThat(acl.path("level").asText()).isEqualTo("error");
        assertThat(acl.has("suppressions")).isFalse();
        assertThat(acl.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
                .as("points at the acl attribute").isEqualTo(8);
        JsonNode unknown = result(run, "BW-AWS-BAK-001", "aws_s3_bucket.data");
        assertThat(unknown.path("kind").asText()).isEqualTo("review");
        assertThat(unknown.path("level").asText()).isEqualTo("none");
    }

    @Test
    void unreadableFilesBecomeToolNotifications() throws Exception {
        JsonNode run = written(TestScans.richReport(dir, Severity.HIGH)).path("runs").get(0);
        JsonNode invocation = run.path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.path("toolExecutionNotifications")).anySatisfy(n -> {
            assertThat(n.path("level").asText()).isEqualTo("error");
            assertThat(n.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                    .isEqualTo("broken.tf");
        });
    }

    @Test
    void fingerprintsIgnoreLineMovesAndWhereTheTreeIsCheckedOut() throws Exception {
        Path first = dir.resolve("first");
        TestScans.richTree(first);
        Map<String, String> before = fingerprints(first);
        Map<String, Integer> linesBefore = startLines(first);
        assertThat(fingerprints(first)).as("same run twice").isEqualTo(before);

        Path main = first.resolve("main.tf");
        Files.writeString(main, "\n\n\n# moved down\n\n" + Files.readString(main));
        assertThat(fingerprints(first)).isEqualTo(before);
        assertThat(startLines(first)).allSatisfy((k, line) -> assertThat(line).isEqualTo(linesBefore.get(k) + 5));

        Path elsewhere = dir.resolve("another/checkout");
        TestScans.richTree(elsewhere);
        assertThat(fingerprints(elsewhere)).isEqualTo(before);
    }

    @Test
    void fingerprintDependsOnRuleResourceAndFile() {
        String f = SarifReport.fingerprint("BW-AWS-S3-001", "aws_s3_bucket.a", "main.tf");
        assertThat(f).isEqualTo(SarifReport.fingerprint("BW-AWS-S3-001", "aws_s3_bucket.a", "main.tf"))
                .isNotEqualTo(SarifReport.fingerprint("BW-AWS-S3-002", "aws_s3_bucket.a", "main.tf"))
                .isNotEqualTo(SarifReport.fingerprint("BW-AWS-S3-001", "aws_s3_bucket.b", "main.tf"))
                .isNotEqualTo(SarifReport.fingerprint("BW-AWS-S3-001", "aws_s3_bucket.a", "other.tf"));
    }

    @Test
    void levelsFollowSeverity() {
        assertThat(SarifReport.level(Severity.CRITICAL)).isEqualTo("error");
        assertThat(SarifReport.level(Severity.HIGH)).isEqualTo("error");
        assertThat(SarifReport.level(Severity.MEDIUM)).isEqualTo("warning");
        assertThat(SarifReport.level(Severity.LOW)).isEqualTo("note");
    }

    private Map<String, String> fingerprints(Path tree) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (JsonNode r : written(scanOf(tree)).path("runs").get(0).path("results")) {
            out.put(key(r), r.path("partialFingerprints").path("bulwarkFinding/v1").asText());
        }
        assertThat(out).hasSize(4);
        return out;
    }

    private Map<String, Integer> startLines(Path tree) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode r : written(scanOf(tree)).path("runs").get(0).path("results")) {
            out.put(key(r), r.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        }
        return out;
    }

    private ScanReport scanOf(Path tree) {
        return TestScans.scan(tree, java.util.List.of(TestScans.aclPack(dir)), java.util.Set.of("BW-AWS-BAK-001", "ACME-S3-900"),
                TestScans.richConfig(tree), Severity.LOW);
    }

    private static String key(JsonNode result) {
        return result.path("ruleId").asText() + " " + result.path("properties").path("resourceAddress").asText();
    }

    private static JsonNode rule(JsonNode driver, String id) {
        for (JsonNode r : driver.path("rules")) if (r.path("id").asText().equals(id)) return r;
        throw new AssertionError("no rule " + id);
    }

    private static JsonNode result(JsonNode run, String rule, String address) {
        for (JsonNode r : run.path("results")) {
            if (r.path("ruleId").asText().equals(rule) && r.path("properties").path("resourceAddress").asText().equals(address)) return r;
        }
        throw new AssertionError("no result of " + rule + " on " + address);
    }
}
