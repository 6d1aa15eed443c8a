package dev.bulwark.evidence;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Appending, reading back, superseding and rejecting bad input, on H2 and on PostgreSQL. */
class EvidenceLedgerTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void appendedRecordsAreChainedAndReadBackAsWritten(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        Path csv = t.file("review.csv", "user,role\nalice,admin\n");
        try (EvidenceLedger ledger = t.open()) {
            EvidenceRecord first = ledger.append(new EvidenceDraft("access-review", List.of("3.3.3", "3.3.1"), "payments-prod",
                    "2026-03-31", "alice", "bob", "quarterly review\nall admins confirmed", List.of(csv), null));
            EvidenceRecord second = ledger.append(TestLedger.draft("vulnerability-scan", "3.2.3", "payments-prod",
                    "2026-03-30T14:30:00+02:00", "carol"));

            assertThat(first.id()).isEqualTo("EV-000001");
            assertThat(first.sequence()).isEqualTo(1);
            assertThat(first.kind()).isEqualTo(EvidenceKind.ACCESS_REVIEW);
            assertThat(first.requirements()).containsExactly("3.3.3", "3.3.1");
            assertThat(first.performedAt().text()).isEqualTo("2026-03-31");
            assertThat(first.approvedBy()).isEqualTo("bob");
            assertThat(first.notes()).isEqualTo("quarterly review\nall admins confirmed");
            assertThat(first.recordedAt()).isEqualTo(TestLedger.CLOCK.instant());
            assertThat(first.previousHash()).isEqualTo(Sha256.GENESIS);
            assertThat(first.attachments()).containsExactly(new Attachment("review.csv", 22,
                    Sha256.hex("user,role\nalice,admin\n".getBytes(StandardCharsets.UTF_8))));
            assertThat(second.id()).isEqualTo("EV-000002");
            assertThat(second.previousHash()).isEqualTo(first.recordHash());
            assertThat(second.performedAt().text()).isEqualTo("2026-03-30T14:30+02:00");
            assertThat(second.approvedBy()).isNull();

            assertThat(ledger.records()).containsExactly(first, second);
            assertThat(ledger.record("2")).contains(second);
            assertThat(ledger.record("EV-000009")).isEmpty();
            assertThat(ledger.head()).isEqualTo(new ChainHead(2, second.recordHash()));
            assertThat(ledger.attachmentContent(first.attachments().get(0)))
                    .isEqualTo("user,role\nalice,admin\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void theRecordHashIsTheSha256OfTheStoredCanonicalText(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        EvidenceRecord r;
        try (EvidenceLedger ledger = t.open()) {
            r = ledger.append(TestLedger.draft("restore-test", "3.6.4", "orders-db", "2026-03-01", "dave"));
        }
        try (var c = backend.connect(t.dir(), t.databaseUrl()); var s = c.createStatement();
             var rs = s.executeQuery("SELECT canonical FROM evidence_record WHERE seq = 1")) {
            rs.next();
            String canonical = rs.getString(1);
            assertThat(Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8))).isEqualTo(r.recordHash());
            assertThat(canonical).startsWith("{\"format\":\"bulwark-evidence-record/1\",\"sequence\":1,\"id\":\"EV-000001\"")
                    .contains("\"previousHash\":\"" + Sha256.GENESIS + "\"");
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aCorrectionSupersedesTheOldRecordWhichThenNoLongerCounts(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        try (EvidenceLedger ledger = t.open()) {
            ledger.append(TestLedger.draft("access-review", "3.3.3", "payments-prod", "2026-03-31", "alice"));
            ledger.append(TestLedger.draft("access-review", "3.3.3", "billing", "2026-02-01", "alice"));
            EvidenceRecord fix = ledger.append(new EvidenceDraft("access-review", List.of("3.3.3"), "payments-prod", "2026-03-30",
                    "alice", null, "the review was on the 30th", List.of(), "EV-000001"));

            EvidenceIndex index = ledger.index();
            assertThat(fix.supersedes()).isEqualTo("EV-000001");
            assertThat(index.supersededBy("EV-000001")).contains("EV-000003");
            assertThat(index.valid()).extracting(EvidenceRecord::id).containsExactly("EV-000002", "EV-000003");
            assertThat(index.latestValid("3.3.3", "payments-prod")).contains(fix);
            assertThat(index.latestValid("3.3.3", "billing")).map(EvidenceRecord::id).contains("EV-000002");
            assertThat(index.latestValid("3.2.3", "payments-prod")).isEmpty();

            assertThatThrownBy(() -> ledger.append(new EvidenceDraft("access-review", List.of("3.3.3"), "payments-prod",
                    "2026-03-30", "alice", null, null, List.of(), "EV-000001")))
                    .isInstanceOf(EvidenceInputException.class)
                    .hasMessageContaining("EV-000001").hasMessageContaining("already superseded by EV-000003");
            assertThatThrownBy(() -> ledger.append(new EvidenceDraft("access-review", List.of("3.3.3"), "payments-prod",
                    "2026-03-30", "alice", null, null, List.of(), "EV-000042")))
                    .isInstanceOf(EvidenceInputException.class).hasMessageContaining("EV-000042: there is no such record");
            assertThat(ledger.head().recordCount()).isEqualTo(3);
            assertThat(ledger.verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void badInputIsRejectedWithEveryProblemNamedAndNothingWritten(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        Path good = t.file("good.txt", "fine");
        try (EvidenceLedger ledger = t.open()) {
            ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-01-01", "erin"));
            EvidenceDraft bad = new EvidenceDraft("pen-test", List.of("3.3.3", "9.9.9"), "payments-prod", "31/03/2026", "alice",
                    null, null, List.of(good, tmp.resolve("missing.pdf")), null);

            assertThatThrownBy(() -> ledger.append(bad))
                    .isInstanceOfSatisfying(EvidenceInputException.class, e -> assertThat(e.problems()).containsExactly(
                            "unknown evidence kind 'pen-test' (use one of: access-review, vulnerability-scan, restore-test, "
                                    + "key-rotation, change-approval, document-review, incident-exercise, other)",
                            "unknown requirement id '9.9.9' (bulwark policy lists them)",
                            "--performed-at '31/03/2026' is not a date or date-time (use 2026-03-31 or 2026-03-31T14:30:00Z)",
                            "attachment " + tmp.resolve("missing.pdf") + " does not exist"));
            assertThat(ledger.head().recordCount()).isEqualTo(1);
        }
        assertThat(t.count("evidence_record")).isEqualTo(1);
        assertThat(t.count("evidence_blob")).isZero();
        assertThat(t.count("evidence_attachment")).isZero();
        assertThat(Files.exists(t.dir().resolve("evidence-keyset.json"))).as("no key made for a rejected record").isFalse();
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void requiredFieldsAndFutureDatesAreChecked(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        try (EvidenceLedger ledger = t.open()) {
            assertThatThrownBy(() -> ledger.append(new EvidenceDraft(" ", List.of(" "), "", "2026-05-01", null, null, null, List.of(), "x")))
                    .isInstanceOfSatisfying(EvidenceInputException.class, e -> assertThat(e.problems()).containsExactly(
                            "--kind is required (one of: " + EvidenceKind.allSlugs() + ")",
                            "at least one --requirement is required",
                            "--system is required",
                            "--by is required",
                            "--performed-at 2026-05-01 is in the future",
                            "--supersedes 'x' is not a record id (like EV-000012)"));
            assertThat(ledger.head().recordCount()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void theSameAttachmentIsStoredOnce(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        Path a = t.file("a.txt", "same bytes");
        Path b = t.file("b.txt", "same bytes");
        try (EvidenceLedger ledger = t.open()) {
            ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-01-01", "erin", a));
            ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-01-02", "erin", b));
            assertThat(ledger.verify().ok()).isTrue();
        }
        assertThat(t.count("evidence_blob")).isEqualTo(1);
        assertThat(t.count("evidence_attachment")).isEqualTo(2);
    }
}
