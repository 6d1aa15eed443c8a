package dev.bulwark.evidence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small value types: dates, ids, kinds, canonical text, and export file names. */
class EvidenceValuesTest {
    @Test
    void performedAtKeepsThePrecisionGivenAndTakesNoOffsetAsUtc() {
        assertThat(PerformedAt.parse("2026-03-31")).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("2026-03-31");
            assertThat(p.isDateOnly()).isTrue();
            assertThat(p.instant()).isEqualTo(Instant.parse("2026-03-31T00:00:00Z"));
        });
        assertThat(PerformedAt.parse("2026-03-31T14:30:00Z").orElseThrow().text()).isEqualTo("2026-03-31T14:30Z");
        assertThat(PerformedAt.parse("2026-03-31 14:30").orElseThrow().text()).isEqualTo("2026-03-31T14:30Z");
        assertThat(PerformedAt.parse("2026-03-31T23:30-05:00")).hasValueSatisfying(p -> {
            assertThat(p.date()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(p.instant()).isEqualTo(Instant.parse("2026-04-01T04:30:00Z"));
        });
        for (String bad : List.of("31/03/2026", "2026-02-30", "yesterday", "2026-13-01", "")) {
            assertThat(PerformedAt.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void storedPerformedAtTextReadsBackToItself() {
        for (String given : List.of("2026-03-31", "2026-03-31T14:30:05.250+02:00", "2026-03-31T00:00")) {
            String stored = PerformedAt.parse(given).orElseThrow().text();
            assertThat(PerformedAt.parse(stored).orElseThrow().text()).isEqualTo(stored);
        }
    }

    @Test
    void idsAreReadAsPeopleTypeThem() {
        assertThat(EvidenceIds.forSequence(42)).isEqualTo("EV-000042");
        assertThat(EvidenceIds.forSequence(1_234_567)).isEqualTo("EV-1234567");
        for (String typed : List.of("EV-000042", "ev-42", "42", " EV42 ", "0042")) {
            assertThat(EvidenceIds.normalise(typed)).as(typed).contains("EV-000042");
        }
        for (String bad : List.of("0", "EV-", "x42", "EV-4a", "")) assertThat(EvidenceIds.normalise(bad)).as(bad).isEmpty();
    }

    @Test
    void kindsAreReadByTheirSlugs() {
        assertThat(EvidenceKind.fromSlug(" Access-Review ")).contains(EvidenceKind.ACCESS_REVIEW);
        assertThat(EvidenceKind.fromSlug("access_review")).isEmpty();
        assertThat(EvidenceKind.allSlugs()).isEqualTo("access-review, vulnerability-scan, restore-test, key-rotation, "
                + "change-approval, document-review, incident-exercise, other");
    }

    @Test
    void canonicalTextHasAFixedLayoutAndReadsBack() {
        CanonicalRecord r = new CanonicalRecord(7, "EV-000007", "restore-test", List.of("3.6.4"), "orders \"db\"", "2026-03-01",
                "dave", null, "line one\nline two", List.of(new Attachment("log.txt", 3, Sha256.GENESIS)),
                "2026-04-01T09:00:00Z", "EV-000002", Sha256.GENESIS);
        assertThat(r.toJson()).isEqualTo("{\"format\":\"bulwark-evidence-record/1\",\"sequence\":7,\"id\":\"EV-000007\","
                + "\"kind\":\"restore-test\",\"requirements\":[\"3.6.4\"],\"system\":\"orders \\\"db\\\"\","
                + "\"performedAt\":\"2026-03-01\",\"performedBy\":\"dave\",\"approvedBy\":null,\"notes\":\"line one\\nline two\","
                + "\"attachments\":[{\"name\":\"log.txt\",\"size\":3,\"sha256\":\"" + Sha256.GENESIS + "\"}],"
                + "\"recordedAt\":\"2026-04-01T09:00:00Z\",\"supersedes\":\"EV-000002\",\"previousHash\":\"" + Sha256.GENESIS + "\"}");
        assertThat(CanonicalRecord.parse(r.toJson())).isEqualTo(r);
        assertThat(r.hash()).isEqualTo(Sha256.hex(r.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> CanonicalRecord.parse(r.toJson().replace(",\"system\":\"orders \\\"db\\\"\"", "")))
                .hasMessage("field 'system' is missing");
        assertThatThrownBy(() -> CanonicalRecord.parse("{\"format\":\"other/9\"}")).hasMessage("unknown format 'other/9'");
    }

    @Test
    void exportFileNamesAreSafeAndUniqueWithinARecord() {
        Set<String> used = new HashSet<>();
        assertThat(BundleExporter.uniqueName("report.pdf", used)).isEqualTo("report.pdf");
        assertThat(BundleExporter.uniqueName("report.pdf", used)).isEqualTo("2-report.pdf");
        assertThat(BundleExporter.uniqueName("../../etc/passwd", used)).isEqualTo("passwd");
        assertThat(BundleExporter.uniqueName("C:\\scans\\q1 scan (final).txt", used)).isEqualTo("q1_scan__final_.txt");
        assertThat(BundleExporter.uniqueName("..", used)).isEqualTo("attachment");
        assertThat(BundleExporter.uniqueName("line\nbreak", used)).isEqualTo("line_break");
    }
}
