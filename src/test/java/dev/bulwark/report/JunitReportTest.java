package dev.bulwark.report;

import dev.bulwark.rule.Severity;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The junit format read back by a real JUnit XML consumer (Maven Surefire's report parser, which
 * splits classname at the last dot into package and class as Jenkins does) and the way GitLab reads
 * it (each testcase's status from its child element, keyed by classname and name).
 */
class JunitReportTest {
    @TempDir
    java.nio.file.Path dir;

    private static String junit(ScanReport report) throws Exception {
        StringWriter w = new StringWriter();
        JunitReport.write(report, w);
        return w.toString();
    }

    private static List<ReportTestSuite> surefire(String xml) throws Exception {
        return new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(new InputStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    /** GitLab's reading: classname + name → success, failed (failure), error, or skipped, from the child element. */
    private static Map<String, String> gitlab(String xml) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList cases = doc.getElementsByTagName("testcase");
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            String status = c.getElementsByTagName("failure").getLength() > 0 ? "failed"
                    : c.getElementsByTagName("error").getLength() > 0 ? "error"
                    : c.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "success";
            String key = c.getAttribute("classname") + "|" + c.getAttribute("name");
            assertThat(out.put(key, status)).as("key %s is unique", key).isNull();
        }
        return out;
    }

    @Test
    void oneSuitePerCriterionReadAsGitLabAndJenkinsWould() throws Exception {
        String xml = junit(TestScans.richReport(dir, Severity.LOW));

        List<ReportTestSuite> suites = surefire(xml);
        List<ReportTestCase> cases = suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
        assertThat(cases).extracting(ReportTestCase::getFullClassName).containsOnly("soc2.CC6_7.ACME-S3-900", "soc2.CC8_1.BW-AWS-BAK-001");
        ReportTestCase web = cases.stream().filter(c -> c.getName().equals("[CRITICAL] aws_s3_bucket.web")).findFirst().orElseThrow();
        // Jenkins: the class is what follows the last dot; the package is what precedes it.
        assertThat(web.getClassName()).isEqualTo("ACME-S3-900");
        assertThat(web.getFullClassName()).startsWith("soc2.CC6_7.");
        assertThat(web.hasFailure()).isTrue();
        assertThat(web.getFailureMessage()).isEqualTo("Buckets are not readable by everyone");
        assertThat(web.getFailureType()).isEqualTo("ACME-S3-900");
        assertThat(web.getFailureDetail()).contains("bucket aws_s3_bucket.web has acl public-read")
                .contains("remediation: Remove the acl argument or set it to private.");

        Map<String, String> gitlab = gitlab(xml);
        assertThat(gitlab).containsEntry("soc2.CC6_7.ACME-S3-900|[CRITICAL] aws_s3_bucket.web", "failed")
                .containsEntry("soc2.CC6_7.ACME-S3-900|[CRITICAL] aws_s3_bucket.logs", "success")
                .containsEntry("soc2.CC8_1.BW-AWS-BAK-001|[MEDIUM] aws_s3_bucket.web", "skipped")
                .containsEntry("soc2.CC8_1.BW-AWS-BAK-001|[MEDIUM] aws_s3_bucket.logs", "skipped")
                .containsEntry("soc2.CC8_1.BW-AWS-BAK-001|[MEDIUM] aws_s3_bucket.data", "skipped");
        assertThat(gitlab.values()).as("passes are included as empty testcases").contains("success");
        assertThat(xml).contains("<skipped message=\"suppressed: archived, read-only\"")
                .contains("<skipped message=\"undecided: ")
                .containsPattern("<testsuite name=\"CC6.7\" tests=\"\\d+\" failures=\"1\"")
                .contains("file=\"" + dir.resolve("tree/main.tf") + "\" line=\"8\"");
        Set<String> names = new HashSet<>();
        for (ReportTestCase c : cases) assertThat(names.add(c.getName())).as("name %s unique in the file", c.getName()).isTrue();
    }

    @Test
    void namesStayUniqueAndControlCharactersCannotBreakTheXml() throws Exception {
        ScanReport report = SyntheticScans.manyFindings(dir, 600);
        String xml = junit(report);
        List<String> names = new ArrayList<>();
        for (ReportTestSuite s : surefire(xml)) for (ReportTestCase c : s.getTestCases()) names.add(c.getName());
        assertThat(names).hasSize(600).doesNotHaveDuplicates();
        assertThat(JunitReport.clean("a\u0000b\u001bc\uD800d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(JunitReport.clean("tab\tand \uD83D\uDE00")).isEqualTo("tab\tand \uD83D\uDE00");
    }
}
