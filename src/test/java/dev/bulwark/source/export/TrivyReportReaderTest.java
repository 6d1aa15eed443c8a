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

class TrivyReportReaderTest {
    static final String EXPECTED = "(expected a Trivy JSON report with SchemaVersion 2, ArtifactName, CreatedAt and Results (trivy … --format json))";
    static final String API = "registry.example.com/shop/api:1.8.2";
    private final TrivyReportReader reader = new TrivyReportReader();

    @Test
    void readsTheTargetTheTimeAndEveryVulnerabilityWithItsLine() {
        VulnerabilityReport r = ExportFixtures.read(reader, "trivy-api.json");
        assertThat(r.kind()).isEqualTo(ExportKind.TRIVY);
        assertThat(r.target()).isEqualTo(API);
        assertThat(r.targetType()).isEqualTo("container_image");
        assertThat(r.toolVersion()).isEqualTo("0.61.0");
        assertThat(r.scannedAt()).isEqualTo(Instant.parse("2026-05-31T20:10:05.482913057Z"));
        assertThat(r.vulnerabilities()).hasSize(12);
        assertThat(r.vulnerabilities().get(0)).isEqualTo(new Vulnerability(28, "CVE-2026-10001", "libssl3", "3.3.0-r2",
                API + " (alpine 3.21.3)", List.of("3.3.1-r0"), "fixed", VulnerabilitySeverity.CRITICAL,
                Optional.of(Instant.parse("2026-05-01T14:15:07.210Z"))));
        Vulnerability busybox = r.vulnerabilities().get(2);
        assertThat(busybox.fixable()).isFalse();
        assertThat(busybox.status()).isEqualTo("affected");
        Vulnerability express = r.vulnerabilities().get(10);
        assertThat(express.location()).isEqualTo("app/package-lock.json");
        assertThat(express.fixedVersions()).containsExactly("4.21.2", "5.0.1");
        assertThat(express.line()).isEqualTo(168);
        assertThat(r.vulnerabilities().get(6).published()).isEmpty();
        assertThat(r.scans()).containsExactly(new ScanRecord(ExportKind.TRIVY, "0.61.0", API,
                Instant.parse("2026-05-31T20:10:05.482913057Z"), "trivy-api.json", 9));
    }

    @Test
    void aReportWithoutResultsHasNoVulnerabilities() throws Exception {
        VulnerabilityReport r = reader.read("t.json", utf8("{\"SchemaVersion\": 2, \"CreatedAt\": \"2026-05-01T00:00:00Z\", \"ArtifactName\": \".\", \"ArtifactType\": \"filesystem\"}"));
        assertThat(r.vulnerabilities()).isEmpty();
        assertThat(r.toolVersion()).isEmpty();
    }

    @Test
    void truncatedJson() {
        String full = ExportFixtures.text("trivy-api.json");
        String cut = full.substring(0, full.indexOf("\"CVE-2026-20002\""));
        long lines = cut.lines().count();
        assertThatThrownBy(() -> reader.read("t.json", utf8(cut)))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("t.json:" + lines + ": truncated JSON: the file ends in the middle of the document " + EXPECTED);
    }

    @Test
    void unknownSchemaVersion() {
        String v3 = ExportFixtures.text("trivy-api.json").replace("\"SchemaVersion\": 2", "\"SchemaVersion\": 3");
        assertThatThrownBy(() -> reader.read("t.json", utf8(v3)))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("t.json:2: unsupported Trivy SchemaVersion 3 " + EXPECTED);
        String text = ExportFixtures.text("trivy-api.json").replace("\"SchemaVersion\": 2", "\"SchemaVersion\": \"2\"");
        assertThatThrownBy(() -> reader.read("t.json", utf8(text))).hasMessage("t.json:2: unsupported Trivy SchemaVersion \"2\" " + EXPECTED);
    }

    @Test
    void missingTopLevelFields() {
        assertThatThrownBy(() -> reader.read("t.json", utf8("{\"CreatedAt\": \"2026-05-01T00:00:00Z\", \"ArtifactName\": \".\"}")))
                .hasMessage("t.json:1: missing field SchemaVersion " + EXPECTED);
        assertThatThrownBy(() -> reader.read("t.json", utf8("{\"SchemaVersion\": 2,\n \"ArtifactName\": \".\"}")))
                .hasMessage("t.json:1: missing field CreatedAt (the time of the scan; Trivy 0.48 and later write it) " + EXPECTED);
        assertThatThrownBy(() -> reader.read("t.json", utf8("{\"SchemaVersion\": 2, \"CreatedAt\": \"2026-05-01T00:00:00Z\"}")))
                .hasMessage("t.json:1: missing field ArtifactName " + EXPECTED);
    }

    @Test
    void aGrypeDocumentIsNotATrivyReport() {
        assertThatThrownBy(() -> reader.read("g.json", ExportFixtures.bytes("grype-worker.json")))
                .hasMessage("g.json:1: missing field SchemaVersion " + EXPECTED);
    }

    @Test
    void badVulnerabilityFieldsNameTheirPathAndTheirOwnLine() {
        String severity = ExportFixtures.text("trivy-api.json").replace("\"Severity\": \"HIGH\"", "\"Severity\": \"SEVERE\"");
        assertThatThrownBy(() -> reader.read("t.json", utf8(severity)))
                .hasMessage("t.json:102: Results[0].Vulnerabilities[3].Severity \"SEVERE\" is not one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN " + EXPECTED);
        String date = ExportFixtures.text("trivy-api.json").replace("\"2026-05-20T12:00:00Z\"", "\"20 May 2026\"");
        assertThatThrownBy(() -> reader.read("t.json", utf8(date)))
                .hasMessage("t.json:103: Results[0].Vulnerabilities[3].PublishedDate \"20 May 2026\" is not an RFC 3339 time " + EXPECTED);
        String id = ExportFixtures.text("trivy-api.json").replace("\"VulnerabilityID\": \"CVE-2026-20001\",", "");
        assertThatThrownBy(() -> reader.read("t.json", utf8(id)))
                .hasMessage("t.json:95: missing field Results[0].Vulnerabilities[3].VulnerabilityID " + EXPECTED);
        String type = ExportFixtures.text("trivy-api.json").replace("\"FixedVersion\": \"1.3.1-r3\"", "\"FixedVersion\": 3");
        assertThatThrownBy(() -> reader.read("t.json", utf8(type)))
                .hasMessage("t.json:100: Results[0].Vulnerabilities[3].FixedVersion is number, expected a string " + EXPECTED);
    }

    @Test
    void notJson() {
        assertThatThrownBy(() -> reader.read("t.json", utf8("{\"SchemaVersion\": 2,\n \"Results\": [,]}")))
                .hasMessageStartingWith("t.json:2: not valid JSON: Unexpected character (',' ");
        assertThatThrownBy(() -> reader.read("t.json", utf8("[1, 2]"))).hasMessage("t.json:1: the document is not a JSON object " + EXPECTED);
        assertThatThrownBy(() -> reader.read("t.json", utf8("{\"SchemaVersion\": 2,\n\"SchemaVersion\": 2}")))
                .hasMessageStartingWith("t.json:2: not valid JSON: Duplicate field 'SchemaVersion'");
        assertThatThrownBy(() -> reader.read("t.json", utf8("{\"SchemaVersion\": 2} {}")))
                .hasMessage("t.json:1: unexpected content after the end of the JSON document " + EXPECTED);
        assertThatThrownBy(() -> reader.read("t.json", new byte[] {'{', '"', (byte) 0xff, '"', '}'}))
                .hasMessageStartingWith("t.json:1: not UTF-8 text: byte 0xFF at byte offset 2 (line 1) is not valid UTF-8");
        assertThatThrownBy(() -> reader.read("t.json", utf8(" "))).hasMessage("t.json:1: empty file " + EXPECTED);
    }
}
