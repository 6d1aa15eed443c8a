package dev.bulwark.report;

import dev.bulwark.rule.Severity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The csv format read back by Apache Commons CSV in strict RFC 4180 mode. */
class CsvReportTest {
    @TempDir
    Path dir;

    private static final String AWKWARD_RULE = """
            rules:
              - id: ACME-S3-905
                title: Bucket names are plain
                severity: LOW
                requirements: [3.4.1]
                description: Names with punctuation confuse people.
                remediation: Rename the bucket.
                terraform:
                  resources: [aws_s3_bucket]
                  check: "false"
                  message: "resource.bucket"
            """;

    private static List<CSVRecord> parse(String csv) throws Exception {
        CSVFormat rfc = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), rfc)) {
            assertThat(p.getHeaderNames()).isEqualTo(CsvReport.COLUMNS);
            return p.getRecords();
        }
    }

    private static String csv(ScanReport report) throws Exception {
        StringWriter w = new StringWriter();
        CsvReport.write(report, w);
        return w.toString();
    }

    @Test
    void everyFindingIsOneRowThatParsesBack() throws Exception {
        ScanReport report = TestScans.richReport(dir, Severity.LOW);
        String text = csv(report);
        assertThat(text).as("RFC 4180 line ends").contains("\r\n").doesNotContainPattern("[^\r]\n");
        List<CSVRecord> rows = parse(text);
        assertThat(rows).hasSize(report.result().findings().size());
        CSVRecord web = rows.stream().filter(r -> r.get("rule").equals("ACME-S3-900") && r.get("resource").equals("aws_s3_bucket.web"))
                .findFirst().orElseThrow();
        assertThat(web.get("status")).isEqualTo("FAIL");
        assertThat(web.get("severity")).isEqualTo("CRITICAL");
        assertThat(web.get("requirements")).isEqualTo("3.4.1");
        assertThat(web.get("soc2")).isEqualTo("CC6.7");
        assertThat(web.get("file")).isEqualTo(dir.resolve("tree/main.tf").toString());
        assertThat(web.get("line")).isEqualTo("8");
        assertThat(web.get("remediation")).isEqualTo("Remove the acl argument or set it to private.");
        CSVRecord logs = rows.stream().filter(r -> r.get("resource").equals("aws_s3_bucket.logs") && r.get("rule").equals("BW-AWS-BAK-001"))
                .findFirst().orElseThrow();
        assertThat(logs.get("suppressed")).isEqualTo("true");
        assertThat(logs.get("suppression_reason")).isEqualTo("archived, read-only");
    }

    @Test
    void commasQuotesLineBreaksAndFormulasSurviveTheRoundTrip() throws Exception {
        Path tree = TestScans.write(dir.resolve("tree"), "main.tf", """
                resource "aws_s3_bucket" "a" {
                  bucket = "x, \\"quoted\\"\\nsecond line"
                }
                resource "aws_s3_bucket" "b" {
                  bucket = "=HYPERLINK(\\"http://example.invalid\\")"
                }
                """).getParent();
        Path pack = TestScans.write(dir.resolve("pack"), "rules.yaml", AWKWARD_RULE).getParent();
        ScanReport report = TestScans.scan(tree, List.of(pack), Set.of("ACME-S3-905"), dev.bulwark.engine.ScanConfig.empty(), Severity.LOW);
        List<CSVRecord> rows = parse(csv(report));
        assertThat(rows).extracting(r -> r.get("message"))
                .containsExactlyInAnyOrder("x, \"quoted\"\nsecond line", "'=HYPERLINK(\"http://example.invalid\")");
        assertThat(CsvReport.cell("+1")).isEqualTo("'+1");
        assertThat(CsvReport.cell("plain")).isEqualTo("plain");
    }
}
