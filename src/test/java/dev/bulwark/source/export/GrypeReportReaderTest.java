package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ScanRecord;
import dev.bulwark.model.export.Vulnerability;
import dev.bulwark.model.export.VulnerabilityReport;
import dev.bulwark.model.export.VulnerabilitySeverity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.bulwark.source.export.ExportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrypeReportReaderTest {
    static final String EXPECTED = "(expected a Grype JSON document with matches, source and descriptor (grype … -o json))";
    static final String WORKER = "registry.example.com/shop/worker:2.0.0";
    private final GrypeReportReader reader = new GrypeReportReader();

    @Test
    void readsTheImageTheTimeAndEveryMatchWithItsLine() {
        VulnerabilityReport r = ExportFixtures.read(reader, "grype-worker.json");
        assertThat(r.kind()).isEqualTo(ExportKind.GRYPE);
        assertThat(r.target()).isEqualTo(WORKER);
        assertThat(r.targetType()).isEqualTo("image");
        assertThat(r.toolVersion()).isEqualTo("0.92.2");
        assertThat(r.scannedAt()).isEqualTo(Instant.parse("2026-05-30T06:00:00.512837Z"));
        assertThat(r.vulnerabilities()).extracting(Vulnerability::id).containsExactly("CVE-2026-11001", "CVE-2026-11002", "CVE-2026-21001",
                "CVE-2026-21002", "GHSA-8r3f-2w6q-xv4m", "CVE-2026-31002", "CVE-2026-41001", "CVE-2005-2541");
        assertThat(r.vulnerabilities()).extracting(Vulnerability::line).containsExactly(3, 87, 112, 136, 154, 179, 196, 215);
        assertThat(r.vulnerabilities().get(0)).isEqualTo(new Vulnerability(3, "CVE-2026-11001", "libssl3", "3.0.15-1~deb12u1",
                "/var/lib/dpkg/status.d/libssl3", List.of("3.0.16-1~deb12u1"), "fixed", VulnerabilitySeverity.CRITICAL, Optional.empty()));
        assertThat(r.vulnerabilities()).filteredOn(Vulnerability::fixable).extracting(Vulnerability::id)
                .containsExactly("CVE-2026-11001", "CVE-2026-21001", "GHSA-8r3f-2w6q-xv4m", "CVE-2026-41001");
        assertThat(r.vulnerabilities().get(7).severity()).isEqualTo(VulnerabilitySeverity.NEGLIGIBLE);
        assertThat(r.scans()).containsExactly(new ScanRecord(ExportKind.GRYPE, "0.92.2", WORKER,
                Instant.parse("2026-05-30T06:00:00.512837Z"), "grype-worker.json", 233));
    }

    @Test
    void aDirectorySourceNamesItsPath() throws Exception {
        VulnerabilityReport r = reader.read("g.json", utf8("{\"matches\": [], \"source\": {\"type\": \"directory\", \"target\": \"/srv/app\"},"
                + " \"descriptor\": {\"name\": \"grype\", \"version\": \"0.92.2\", \"timestamp\": \"2026-05-30T08:00:00+02:00\"}}"));
        assertThat(r.target()).isEqualTo("/srv/app");
        assertThat(r.targetType()).isEqualTo("directory");
        assertThat(r.vulnerabilities()).isEmpty();
    }

    @Test
    void truncatedJson() {
        String full = ExportFixtures.text("grype-worker.json");
        String cut = full.substring(0, full.length() / 2);
        long lines = cut.lines().count();
        assertThatThrownBy(() -> reader.read("g.json", utf8(cut)))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("g.json:" + lines + ": truncated JSON: the file ends in the middle of the document " + EXPECTED);
    }

    @Test
    void aTrivyReportIsNotAGrypeDocument() {
        assertThatThrownBy(() -> reader.read("t.json", ExportFixtures.bytes("trivy-api.json"))).hasMessage("t.json:1: missing field matches " + EXPECTED);
    }

    @Test
    void aReportWithoutTimestampCannotDateTheScan() {
        String text = ExportFixtures.text("grype-worker.json").replace("\"2026-05-30T06:00:00.512837+00:00\"", "\"\"");
        assertThatThrownBy(() -> reader.read("g.json", utf8(text)))
                .hasMessage("g.json:255: descriptor.timestamp is empty: the report does not say when the scan ran "
                        + "(run grype without GRYPE_TIMESTAMP=false) " + EXPECTED);
    }

    @Test
    void anotherToolsDescriptor() {
        String text = ExportFixtures.text("grype-worker.json").replace("\"name\": \"grype\"", "\"name\": \"syft\"");
        assertThatThrownBy(() -> reader.read("g.json", utf8(text))).hasMessage("g.json:255: descriptor.name is \"syft\", not grype " + EXPECTED);
    }

    @Test
    void badMatchFields() {
        String severity = ExportFixtures.text("grype-worker.json").replace("\"severity\": \"High\"", "\"severity\": \"Serious\"");
        assertThatThrownBy(() -> reader.read("g.json", utf8(severity)))
                .hasMessage("g.json:112: matches[2].vulnerability.severity \"Serious\" is not one of Critical, High, Medium, Low, Negligible, Unknown " + EXPECTED);
        String versions = ExportFixtures.text("grype-worker.json").replace("\"versions\": [\n      \"2.32.4\"\n     ]", "\"versions\": \"2.32.4\"");
        assertThatThrownBy(() -> reader.read("g.json", utf8(versions)))
                .hasMessage("g.json:154: matches[4].vulnerability.fix.versions is not an array " + EXPECTED);
    }
}
