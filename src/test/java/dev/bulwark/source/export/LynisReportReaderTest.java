package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.LynisItem;
import dev.bulwark.model.export.LynisReport;
import dev.bulwark.model.export.ScanRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static dev.bulwark.source.export.ExportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LynisReportReaderTest {
    static final String EXPECTED = "(expected a Lynis report.dat with key=value lines including hostname, lynis_version, "
            + "report_datetime_start and report_datetime_end)";
    static final String MINIMAL = "report_datetime_start=2026-05-31 03:00:02\nlynis_version=3.1.4\nhostname=h\n";
    private final LynisReportReader reader = new LynisReportReader();

    @Test
    void readsHostTimesWarningsAndSuggestions() {
        LynisReport r = ExportFixtures.read(reader, "lynis-report.dat");
        assertThat(r.kind()).isEqualTo(ExportKind.LYNIS);
        assertThat(r.hostname()).isEqualTo("db-02");
        assertThat(r.hostnameLine()).isEqualTo(12);
        assertThat(r.lynisVersion()).isEqualTo("3.1.4");
        assertThat(r.started()).isEqualTo(LocalDateTime.of(2026, 5, 31, 3, 0, 2));
        assertThat(r.ended()).isEqualTo(LocalDateTime.of(2026, 5, 31, 3, 4, 51));
        assertThat(r.hardeningIndex()).hasValue(64);
        assertThat(r.warnings()).containsExactly(
                new LynisItem(14, "AUTH-9286", "Found one or more accounts without an expiry date", "-", "-"),
                new LynisItem(16, "FIRE-4512", "iptables module(s) loaded, but no rules active", "-", "-"));
        assertThat(r.suggestions()).extracting(LynisItem::testId).containsExactly("SSH-7408", "KRNL-6000", "PKGS-7370");
        assertThat(r.suggestions().get(0).details()).isEqualTo("AllowTcpForwarding (set YES to NO)");
        assertThat(r.suggestions().get(2).solution()).isEqualTo("text:Install debsums");
        assertThat(r.values()).containsEntry("os_fullname", "Debian 12").containsEntry("lynis_tests_done", "257");
        assertThat(r.scans()).containsExactly(new ScanRecord(ExportKind.LYNIS, "3.1.4", "db-02", Instant.parse("2026-05-31T03:04:51Z"),
                "lynis-report.dat", 12));
    }

    @Test
    void anAuditThatDidNotFinish() {
        String text = ExportFixtures.text("lynis-report.dat").replace("report_datetime_end=2026-05-31 03:04:51\n", "");
        assertThatThrownBy(() -> reader.read("r.dat", utf8(text)))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("r.dat:" + (text.split("\n", -1).length) + ": missing report_datetime_end: the audit did not finish " + EXPECTED);
    }

    @Test
    void aLineThatIsNotKeyValue() {
        assertThatThrownBy(() -> reader.read("r.dat", utf8(MINIMAL + "hostname: db-02\n")))
                .hasMessage("r.dat:4: expected key=value or key[]=value, got \"hostname: db-02\" " + EXPECTED);
    }

    @Test
    void aWarningWithoutMessage() {
        assertThatThrownBy(() -> reader.read("r.dat", utf8(MINIMAL + "warning[]=AUTH-9286\n")))
                .hasMessage("r.dat:4: warning[]: expected TEST-ID|message|details|solution|, got \"AUTH-9286\"");
    }

    @Test
    void badTimeMissingHostAndBadIndex() {
        assertThatThrownBy(() -> reader.read("r.dat", utf8(MINIMAL + "report_datetime_end=31/05/2026 03:04\n")))
                .hasMessage("r.dat:4: report_datetime_end \"31/05/2026 03:04\" is not a time such as 2026-05-04 17:00:00");
        assertThatThrownBy(() -> reader.read("r.dat", utf8("lynis_version=3.1.4\nreport_datetime_end=2026-05-31 03:04:51\n")))
                .hasMessage("r.dat:1: missing hostname " + EXPECTED);
        assertThatThrownBy(() -> reader.read("r.dat", utf8(MINIMAL + "report_datetime_end=2026-05-31 03:04:51\nhardening_index=high\n")))
                .hasMessage("r.dat:5: hardening_index \"high\" is not a whole number");
    }

    @Test
    void crlfAndNoWarnings() throws Exception {
        LynisReport r = reader.read("r.dat", utf8((MINIMAL + "report_datetime_end=2026-05-31 03:04:51\n").replace("\n", "\r\n")));
        assertThat(r.warnings()).isEmpty();
        assertThat(r.hardeningIndex()).isEmpty();
        assertThat(r.hostname()).isEqualTo("h");
    }
}
