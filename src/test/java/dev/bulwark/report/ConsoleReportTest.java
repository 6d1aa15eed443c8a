package dev.bulwark.report;

import dev.bulwark.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The console report: grouping, what is left out, totals, and colour only when asked for. */
class ConsoleReportTest {
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    private String render(ScanReport report, boolean colour, boolean quiet) {
        StringWriter out = new StringWriter();
        new ConsoleReport(colour, quiet).write(report, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void groupsFailuresUnderTheirPolicySectionWithLocationAndFix() {
        String out = render(TestScans.richReport(dir, Severity.HIGH), false, false);
        int section = out.indexOf("3.4 Data protection and encryption");
        assertThat(section).isGreaterThanOrEqualTo(0);
        int acl = out.indexOf("FAIL    ACME-S3-900 CRITICAL Buckets are not readable by everyone");
        assertThat(acl).isGreaterThan(section);
        assertThat(out).contains("aws_s3_bucket.web  " + dir.resolve("tree/main.tf") + ":8")
                .contains("fix: Remove the acl argument or set it to private.")
                .contains("UNKNOWN BW-AWS-BAK-001 MEDIUM")
                .contains("Requirements of ENG-POL-003");
        assertThat(out).containsPattern("(?m)^  3\\.4\\.1 +fail +3 +1 +0  Sensitive data stores are encrypted at rest$");
    }

    @Test
    void suppressedAndPassingFindingsAreNotListedButCounted() {
        String out = render(TestScans.richReport(dir, Severity.HIGH), false, false);
        assertThat(out).doesNotContain("aws_s3_bucket.logs  ").doesNotContain("aws_s3_bucket.ok  ");
        assertThat(out).contains("1 failed, 1 unknown, 4 passed, 0 not applicable, 2 suppressed — 5 resources in 2 files (1 could not be read), 2 configuration rules")
                .contains("1 failure(s) at or above HIGH");
    }

    @Test
    void problemsNameTheUnreadableFile() {
        String out = render(TestScans.richReport(dir, Severity.HIGH), false, false);
        assertThat(out).containsPattern("(?m)^Problems$").containsPattern(".*tree/broken\\.tf:\\d+:\\d+: error: .*");
    }

    @Test
    void quietLeavesOutUndecidedChecksFixesAndTheRequirementTable() {
        String out = render(TestScans.richReport(dir, Severity.HIGH), false, true);
        assertThat(out).contains("ACME-S3-900").doesNotContain("UNKNOWN").doesNotContain("fix:").doesNotContain("Requirements of");
        assertThat(out).contains("1 failed, 1 unknown");
    }

    @Test
    void failOnNoneSaysTheExitCodeIgnoresFindings() {
        assertThat(render(TestScans.richReport(dir, null), false, false)).contains("fail-on none: the exit code ignores findings");
    }

    @Test
    void colourOnlyWhenAskedFor() {
        ScanReport report = TestScans.richReport(dir, Severity.HIGH);
        assertThat(render(report, true, false)).contains(ESC + "31m");
        assertThat(render(report, false, false)).doesNotContain(ESC).doesNotContain("\u001b");
    }
}
