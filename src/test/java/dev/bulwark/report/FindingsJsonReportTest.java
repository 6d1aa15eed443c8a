package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --format json} against docs/scan-results.schema.json, and the values in it. */
class FindingsJsonReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode written(ScanReport report) throws Exception {
        StringWriter out = new StringWriter();
        FindingsJsonReport.write(report, out);
        return JSON.readTree(out.toString());
    }

    @Test
    void everyKindOfFindingValidatesAgainstTheSchema() throws Exception {
        JsonNode root = written(TestScans.richReport(dir, Severity.HIGH));
        assertThat(Schemas.scanResultsErrors(root)).isEmpty();
        assertThat(root.path("schemaVersion").asText()).isEqualTo(FindingsJsonReport.SCHEMA_VERSION).isEqualTo("1.3");
        assertThat(root.path("tool").path("version").asText()).isEqualTo("9.9.9-test");
        assertThat(root.path("findings").findValuesAsText("status")).contains("PASS", "FAIL", "UNKNOWN");
    }

    @Test
    void failOnNoneIsNullAndStillValid() throws Exception {
        JsonNode root = written(TestScans.richReport(dir, null));
        assertThat(Schemas.scanResultsErrors(root)).isEmpty();
        assertThat(root.path("summary").path("failOn").isNull()).isTrue();
        assertThat(root.path("summary").path("blockingFailures").asInt()).isZero();
    }

    @Test
    void findingCarriesRuleStatusSeverityMappingResourceLocationAndMessage() throws Exception {
        JsonNode root = written(TestScans.richReport(dir, Severity.HIGH));
        JsonNode acl = finding(root, "ACME-S3-900", "aws_s3_bucket.web");
        assertThat(acl.path("status").asText()).isEqualTo("FAIL");
        assertThat(acl.path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(acl.path("requirements").toString()).isEqualTo("[\"3.4.1\"]");
        assertThat(acl.path("soc2").toString()).isEqualTo("[\"CC6.7\"]");
        assertThat(acl.path("resource").path("type").asText()).isEqualTo("aws_s3_bucket");
        assertThat(acl.path("location").path("file").asText()).endsWith("tree/main.tf");
        assertThat(acl.path("location").path("startLine").asInt()).isEqualTo(6);
        assertThat(acl.path("location").path("endLine").asInt()).isEqualTo(9);
        assertThat(acl.path("attributeLocation").path("startLine").asInt()).isEqualTo(8);
        assertThat(acl.path("message").asText()).isEqualTo("bucket aws_s3_bucket.web has acl public-read");
        assertThat(acl.path("suppressed").asBoolean()).isFalse();
        assertThat(acl.has("suppression")).isFalse();

        JsonNode unknown = finding(root, "BW-AWS-BAK-001", "aws_s3_bucket.data");
        assertThat(unknown.path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(unknown.path("message").asText()).contains("var.versioning");
        assertThat(finding(root, "BW-AWS-BAK-001", "aws_s3_bucket.ok").path("status").asText()).isEqualTo("PASS");
    }

    @Test
    void suppressionsAreKeptAndMarked() throws Exception {
        JsonNode root = written(TestScans.richReport(dir, Severity.HIGH));
        JsonNode inline = finding(root, "BW-AWS-BAK-001", "aws_s3_bucket.web");
        assertThat(inline.path("status").asText()).isEqualTo("FAIL");
        assertThat(inline.path("suppressed").asBoolean()).isTrue();
        assertThat(inline.path("suppression").path("reason").asText()).isEqualTo("holds only public web assets");
        assertThat(inline.path("suppression").path("until").asText()).isEqualTo("2099-12-31");
        assertThat(inline.path("suppression").path("declaredAt").asText()).endsWith("tree/main.tf:5:1");
        JsonNode external = finding(root, "BW-AWS-BAK-001", "aws_s3_bucket.logs");
        assertThat(external.path("suppressed").asBoolean()).isTrue();
        assertThat(external.path("suppression").path("until").isNull()).isTrue();
        assertThat(external.path("suppression").path("declaredAt").asText()).endsWith(".bulwark.yaml");

        JsonNode summary = root.path("summary");
        assertThat(summary.path("suppressed").asInt()).isEqualTo(2);
        assertThat(summary.path("fail").asInt()).isEqualTo(1);   // only ACME-S3-900 on web
        assertThat(summary.path("unknown").asInt()).isEqualTo(1);
        assertThat(summary.path("pass").asInt()).isEqualTo(4);   // ok for BAK-001; logs, data and ok for the ACL rule
        assertThat(summary.path("blockingFailures").asInt()).isEqualTo(1);
    }

    @Test
    void unreadableFilesAreCountedAndDiagnosed() throws Exception {
        JsonNode root = written(TestScans.richReport(dir, Severity.HIGH));
        assertThat(root.path("summary").path("filesFailed").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("filesRead").asInt()).isEqualTo(1);
        assertThat(root.path("diagnostics")).anySatisfy(d -> {
            assertThat(d.path("severity").asText()).isEqualTo("error");
            assertThat(d.path("file").asText()).endsWith("tree/broken.tf");
            assertThat(d.path("line").asInt()).isPositive();
        });
    }

    @Test
    void requirementsCarryStatusAndCounts() throws Exception {
        JsonNode root = written(TestScans.richReport(dir, Severity.HIGH));
        JsonNode encryption = requirement(root, "3.4.1");
        assertThat(encryption.path("status").asText()).isEqualTo("FAIL");
        assertThat(encryption.path("rules").toString()).contains("ACME-S3-900");
        assertThat(encryption.path("fail").asInt()).isEqualTo(1);
        // BW-AWS-BAK-001 (3.5.5): both failures suppressed, one bucket undecided, one passing.
        JsonNode rollback = requirement(root, "3.5.5");
        assertThat(rollback.path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(rollback.path("rules").toString()).contains("BW-AWS-BAK-001");
        assertThat(rollback.path("suppressed").asInt()).isEqualTo(2);
        assertThat(rollback.path("pass").asInt()).isEqualTo(1);
        assertThat(rollback.path("unknown").asInt()).isEqualTo(1);
        assertThat(root.path("requirements")).anySatisfy(r -> assertThat(r.path("status").asText()).isEqualTo("NOT_COVERED"));
    }

    private static JsonNode requirement(JsonNode root, String id) {
        for (JsonNode r : root.path("requirements")) if (r.path("id").asText().equals(id)) return r;
        throw new AssertionError("no requirement " + id);
    }

    /** The schema is strict enough to notice the writer drifting from it. */
    @Test
    void schemaRejectsDocumentsThatDriftFromIt() throws Exception {
        JsonNode valid = written(TestScans.richReport(dir, Severity.HIGH));
        assertThat(Schemas.scanResultsErrors(valid)).isEmpty();

        ObjectNode extraField = valid.deepCopy();
        ((ObjectNode) extraField.path("findings").get(0)).put("column", 3);
        assertThat(Schemas.scanResultsErrors(extraField)).isNotEmpty();

        ObjectNode missingMessage = valid.deepCopy();
        ((ObjectNode) missingMessage.path("findings").get(0)).remove("message");
        assertThat(Schemas.scanResultsErrors(missingMessage)).isNotEmpty();

        ObjectNode suppressedWithoutWhy = valid.deepCopy();
        for (JsonNode f : suppressedWithoutWhy.path("findings")) if (f.path("suppressed").asBoolean()) ((ObjectNode) f).remove("suppression");
        assertThat(Schemas.scanResultsErrors(suppressedWithoutWhy)).isNotEmpty();

        ObjectNode badStatus = valid.deepCopy();
        ((ObjectNode) badStatus.path("findings").get(0)).put("status", "MAYBE");
        assertThat(Schemas.scanResultsErrors(badStatus)).isNotEmpty();

        ObjectNode badDate = valid.deepCopy();
        for (JsonNode f : badDate.path("findings")) {
            if (f.path("suppression").path("until").isTextual()) ((ObjectNode) f.path("suppression")).put("until", "next year");
        }
        assertThat(Schemas.scanResultsErrors(badDate)).isNotEmpty();
    }

    private static JsonNode finding(JsonNode root, String rule, String address) {
        for (JsonNode f : root.path("findings")) {
            if (f.path("rule").asText().equals(rule) && f.path("resource").path("address").asText().equals(address)) return f;
        }
        throw new AssertionError("no finding of " + rule + " on " + address + " in " + root.path("findings"));
    }
}
