package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportKindTest {
    @Test
    void everyKindHasItsOwnReaderAndName() {
        for (ExportKind k : ExportKind.values()) {
            assertThat(ExportReaders.of(k).kind()).isEqualTo(k);
            assertThat(ExportKind.byId(k.id())).contains(k);
            assertThat(ExportKind.byId(" " + k.id().toUpperCase() + " ")).contains(k);
        }
        assertThat(ExportKind.byId("okta")).isEmpty();
        assertThat(ExportKind.byId(null)).isEmpty();
        assertThat(ExportKind.names()).isEqualTo("credential-report, roster, terminations, trivy, grype, xccdf, lynis");
    }

    @Test
    void onlyScanReportsAreEvidenceOfScans() {
        assertThat(ExportFixtures.read(new RosterReader(), "roster.csv").scans()).isEmpty();
        assertThat(ExportFixtures.read(new CredentialReportReader(), "credential-report.csv").scans()).isEmpty();
        assertThat(ExportFixtures.read(new LynisReportReader(), "lynis-report.dat").scans()).hasSize(1);
    }
}
