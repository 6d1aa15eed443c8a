package dev.bulwark.report;

import dev.bulwark.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The markdown summary: most severe first, markup in findings shown as text, and under 64 KB however large the scan. */
class MarkdownReportTest {
    @TempDir
    Path dir;

    private static String markdown(ScanReport report) throws Exception {
        StringWriter w = new StringWriter();
        MarkdownReport.write(report, w);
        return w.toString();
    }

    @Test
    void failuresMostSevereFirstWithTheRequirementsThatFail() throws Exception {
        String md = markdown(TestScans.richReport(dir, Severity.LOW));
        assertThat(md).startsWith("## Bulwark: ENG\\-POL\\-003".replace("\\-", "-"))
                .contains("**1 failed**, 1 unknown")
                .contains("| 3.4.1 Sensitive data stores are encrypted at rest | FAIL | CC6.7 | 1 | 0 |");
        List<String> rows = md.lines().filter(l -> l.startsWith("| CRITICAL") || l.startsWith("| MEDIUM")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("| CRITICAL | FAIL | ACME-S3-900");
        assertThat(rows.get(1)).startsWith("| MEDIUM | UNKNOWN | BW-AWS-BAK-001");
        assertThat(md).as("suppressed findings are only counted").doesNotContain("aws\\_s3\\_bucket.logs |");
    }

    @Test
    void markupInTextIsEscaped() {
        assertThat(MarkdownReport.escape("a|b <script> @team *x* [l](u)\nnext"))
                .isEqualTo("a\\|b \\<script\\> \\@team \\*x\\* \\[l\\]\\(u\\) next");
    }

    @Test
    void aHugeScanIsCutUnder64KilobytesWithANote() throws Exception {
        String md = markdown(SyntheticScans.manyFindings(dir, 5000));
        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThan(64 * 1024);
        assertThat(md).containsPattern("_\\d+ more of \\d+ findings are not shown: this summary stays under 64 KB");
        List<String> severities = md.lines().filter(l -> l.matches("\\| (CRITICAL|HIGH|MEDIUM|LOW) \\|.*"))
                .map(l -> l.split(" \\| ")[0].substring(2)).toList();
        assertThat(severities).isNotEmpty();
        assertThat(severities).isSortedAccordingTo((a, b) -> Severity.valueOf(b).compareTo(Severity.valueOf(a)));
    }
}
