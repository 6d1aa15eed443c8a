package dev.bulwark.evidence;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering with the database behind the ledger's back (as someone with database access could)
 * makes verification fail and name the first bad record, on H2 and on PostgreSQL.
 */
class LedgerVerificationTest {
    @TempDir
    Path tmp;

    /** Three records; EV-000001 and EV-000002 have attachments. */
    private List<EvidenceRecord> threeRecords(TestLedger t) throws Exception {
        Path review = t.file("review.csv", "user,role\nalice,admin\n");
        Path scan = t.file("scan.txt", "0 critical, 2 high\n");
        try (EvidenceLedger ledger = t.open()) {
            EvidenceRecord a = ledger.append(TestLedger.draft("access-review", "3.3.3", "payments-prod", "2026-03-31", "alice", review));
            EvidenceRecord b = ledger.append(TestLedger.draft("vulnerability-scan", "3.2.3", "payments-prod", "2026-03-20", "carol", scan));
            EvidenceRecord c = ledger.append(TestLedger.draft("restore-test", "3.6.4", "orders-db", "2026-03-10", "dave"));
            assertThat(ledger.verify().ok()).isTrue();
            return List.of(a, b, c);
        }
    }

    private VerificationReport verify(TestLedger t) throws Exception {
        try (EvidenceLedger ledger = t.openForReading()) {
            return ledger.verify();
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void anIntactLedgerVerifies(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        List<EvidenceRecord> records = threeRecords(t);
        VerificationReport report = verify(t);
        assertThat(report.ok()).isTrue();
        assertThat(report.records()).isEqualTo(3);
        assertThat(report.attachments()).isEqualTo(2);
        assertThat(report.head()).isEqualTo(new ChainHead(3, records.get(2).recordHash()));
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aChangedColumnIsNamedWithBothValues(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        threeRecords(t);
        t.sql("UPDATE evidence_record SET performed_by = 'mallory' WHERE seq = 2");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.recordId()).isEqualTo("EV-000002");
        assertThat(first.kind()).isEqualTo(VerificationProblem.Kind.FIELD_CHANGED);
        assertThat(first.message()).isEqualTo("EV-000002: field performedBy was changed: the database has 'mallory'"
                + " but the hashed record has 'carol'");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aChangedRequirementRowIsCaught(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        threeRecords(t);
        t.sql("UPDATE evidence_requirement SET requirement_id = '3.6.1' WHERE record_seq = 3");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.recordId()).isEqualTo("EV-000003");
        assertThat(first.message()).contains("field requirements was changed").contains("'3.6.1'").contains("'3.6.4'");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void editedHashedTextIsCaught(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        threeRecords(t);
        t.sql("UPDATE evidence_record SET canonical = REPLACE(canonical, '2026-03-20', '2026-03-25'),"
                + " performed_at = '2026-03-25' WHERE seq = 2");
        VerificationReport report = verify(t);
        assertThat(report.firstProblem().orElseThrow()).satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("EV-000002");
            assertThat(p.kind()).isEqualTo(VerificationProblem.Kind.RECORD_ALTERED);
        });
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aRecordRewrittenWithARecomputedHashBreaksTheLinkToTheNext(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        List<EvidenceRecord> records = threeRecords(t);
        EvidenceRecord b = records.get(1);
        CanonicalRecord forged = new CanonicalRecord(2, "EV-000002", "vulnerability-scan", List.of("3.2.3"), "payments-prod",
                "2026-03-20", "mallory", null, null, b.attachments(), b.recordedAt().toString(), null, b.previousHash());
        String json = forged.toJson().replace("'", "''");
        t.sql("UPDATE evidence_record SET canonical = '" + json + "', record_hash = '" + forged.hash()
                + "', performed_by = 'mallory' WHERE seq = 2");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.kind()).isEqualTo(VerificationProblem.Kind.CHAIN_BROKEN);
        assertThat(first.recordId()).isEqualTo("EV-000002");
        assertThat(first.message()).startsWith("the link from EV-000002 to EV-000003 is broken");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aDeletedRecordIsNamedAsMissing(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        threeRecords(t);
        t.sql("DELETE FROM evidence_attachment WHERE record_seq = 2",
                "DELETE FROM evidence_requirement WHERE record_seq = 2",
                "DELETE FROM evidence_record WHERE seq = 2");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.recordId()).isEqualTo("EV-000002");
        assertThat(first.kind()).isEqualTo(VerificationProblem.Kind.RECORD_MISSING);
        assertThat(first.message()).isEqualTo("EV-000002 missing: the ledger jumps from EV-000001 to EV-000003");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aDeletedLastRecordIsCaughtByTheChainHead(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        threeRecords(t);
        t.sql("DELETE FROM evidence_requirement WHERE record_seq = 3", "DELETE FROM evidence_record WHERE seq = 3");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.recordId()).isEqualTo("EV-000003");
        assertThat(first.kind()).isEqualTo(VerificationProblem.Kind.RECORD_MISSING);
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aRecordSlippedInBeyondTheHeadIsCaught(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        threeRecords(t);
        t.sql("INSERT INTO evidence_record (seq, id, kind, system_scope, performed_at, performed_by, approved_by, notes,"
                + " recorded_at, supersedes, previous_hash, record_hash, canonical) SELECT 4, 'EV-000004', kind, system_scope,"
                + " performed_at, performed_by, approved_by, notes, recorded_at, supersedes, previous_hash, record_hash, canonical"
                + " FROM evidence_record WHERE seq = 3");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.recordId()).isEqualTo("EV-000004");
        assertThat(first.kind()).isEqualTo(VerificationProblem.Kind.HEAD_MISMATCH);
        assertThat(first.message()).startsWith("1 record(s) stored beyond the chain head, which ends at EV-000003");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void swappedRecordsAreReportedAsReordered(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        threeRecords(t);
        // Move EV-000003 to position 2 and EV-000002 to position 3, children and all.
        t.sql("ALTER TABLE evidence_requirement DROP CONSTRAINT " + fk(t, "evidence_requirement"),
                "ALTER TABLE evidence_attachment DROP CONSTRAINT " + fk(t, "evidence_attachment"),
                "UPDATE evidence_record SET seq = 100 WHERE seq = 2",
                "UPDATE evidence_record SET seq = 2 WHERE seq = 3",
                "UPDATE evidence_record SET seq = 3 WHERE seq = 100",
                "UPDATE evidence_requirement SET record_seq = 100 WHERE record_seq = 2",
                "UPDATE evidence_requirement SET record_seq = 2 WHERE record_seq = 3",
                "UPDATE evidence_requirement SET record_seq = 3 WHERE record_seq = 100",
                "UPDATE evidence_attachment SET record_seq = 3 WHERE record_seq = 2");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.kind()).isEqualTo(VerificationProblem.Kind.RECORD_REORDERED);
        assertThat(first.recordId()).isEqualTo("EV-000003");
        assertThat(first.message()).isEqualTo("EV-000003 was recorded as number 3 but is stored at position 2: records were reordered");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void swappedAttachmentBlobsAreCaught(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        List<EvidenceRecord> records = threeRecords(t);
        String review = records.get(0).attachments().get(0).sha256();
        String scan = records.get(1).attachments().get(0).sha256();
        t.copyBlob(scan, review);
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.recordId()).isEqualTo("EV-000001");
        assertThat(first.kind()).isEqualTo(VerificationProblem.Kind.ATTACHMENT_ALTERED);
        assertThat(first.message()).isEqualTo("EV-000001: attachment 'review.csv' (sha256 " + review + ")"
                + " does not decrypt under its content hash (its stored blob was replaced or damaged)");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void anAttachmentPointedAtAnotherBlobIsCaught(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        List<EvidenceRecord> records = threeRecords(t);
        String scan = records.get(1).attachments().get(0).sha256();
        t.sql("UPDATE evidence_attachment SET sha256 = '" + scan + "' WHERE record_seq = 1");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.recordId()).isEqualTo("EV-000001");
        assertThat(first.message()).startsWith("EV-000001: field attachments was changed");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aMissingAttachmentBlobIsCaught(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        List<EvidenceRecord> records = threeRecords(t);
        String scan = records.get(1).attachments().get(0).sha256();
        t.sql("DELETE FROM evidence_blob WHERE sha256 = '" + scan + "'");
        VerificationProblem first = verify(t).firstProblem().orElseThrow();
        assertThat(first.recordId()).isEqualTo("EV-000002");
        assertThat(first.kind()).isEqualTo(VerificationProblem.Kind.ATTACHMENT_MISSING);
        assertThat(first.message()).isEqualTo("EV-000002: attachment 'scan.txt' (sha256 " + scan + ") is not in the database");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void exportRefusesALedgerThatDoesNotVerify(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        threeRecords(t);
        t.sql("UPDATE evidence_record SET system_scope = 'elsewhere' WHERE seq = 1");
        Path out = tmp.resolve("bundle");
        try (EvidenceLedger ledger = t.open()) {
            ExportSummary summary = ledger.export(out);
            assertThat(summary.written()).isFalse();
            assertThat(summary.verification().firstProblem().orElseThrow().recordId()).isEqualTo("EV-000001");
        }
        assertThat(out).doesNotExist();
    }

    /** The name of the foreign key from a child table to evidence_record, as each database named it. */
    private static String fk(TestLedger t, String table) throws Exception {
        String query = t.backend() == LedgerBackend.H2
                ? "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_NAME = '" + table.toUpperCase()
                  + "' AND CONSTRAINT_TYPE = 'FOREIGN KEY'"
                : "SELECT conname FROM pg_constraint WHERE conrelid = '" + table + "'::regclass AND contype = 'f'";
        try (var c = t.backend().connect(t.dir(), t.databaseUrl()); var s = c.createStatement(); var r = s.executeQuery(query)) {
            r.next();
            return "\"" + r.getString(1) + "\"";
        }
    }
}
