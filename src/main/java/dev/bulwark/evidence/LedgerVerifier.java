package dev.bulwark.evidence;

import dev.bulwark.evidence.crypto.AttachmentCipher;

import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Rechecks the ledger from its first record to its head. For each record: its stored text against
 * its hash, its columns against its text, its position, its link to the record before, and each
 * attachment (present, decrypts under its hash, and hashes to what the record says). Then the
 * chain head against the last record, and the database against the states it must still contain:
 * the head file's and any checkpoint an auditor kept.
 */
final class LedgerVerifier {
    /** Fetches an attachment's ciphertext by content hash. */
    interface BlobSource {
        Optional<byte[]> ciphertext(String sha256) throws SQLException;
    }

    private final BlobSource blobs;
    private final AttachmentCipher cipher;
    private final Map<String, Optional<BlobFault>> blobFaults = new HashMap<>();
    private final List<VerificationProblem> problems = new ArrayList<>();
    private int attachmentsChecked;

    /** @param cipher may be null when no record has attachments */
    LedgerVerifier(BlobSource blobs, AttachmentCipher cipher) {
        this.blobs = blobs;
        this.cipher = cipher;
    }

    /** A state the ledger must still contain, and where it comes from ("the head file …", "checkpoint 3:…"). */
    record Anchor(ChainHead state, String source) {}

    VerificationReport verify(LedgerReader.Snapshot snapshot) throws SQLException {
        return verify(snapshot, List.of());
    }

    VerificationReport verify(LedgerReader.Snapshot snapshot, List<Anchor> anchors) throws SQLException {
        List<RecordRow> rows = snapshot.rows();
        ChainHead head = snapshot.head();
        Map<Long, String> hashAt = new HashMap<>();
        for (Anchor a : anchors) hashAt.put(a.state().recordCount(), null);
        long expectedSeq = 1;
        String previousHash = Sha256.GENESIS;
        String previousId = null;
        for (RecordRow row : rows) {
            String actualHash = CanonicalRecord.hashOf(row.canonical());
            checkRecord(row, actualHash, expectedSeq, previousHash, previousId);
            if (hashAt.containsKey(row.seq())) hashAt.put(row.seq(), actualHash);
            expectedSeq = row.seq() + 1;
            previousHash = actualHash;
            previousId = row.id();
        }
        checkHead(rows, head, previousHash, snapshot.rowsBeyondHead());
        for (Anchor a : anchors) checkAnchor(a, hashAt.get(a.state().recordCount()), previousId);
        return new VerificationReport(rows.size(), attachmentsChecked, head, problems);
    }

    /** The database still holds the anchored state: a record at that position, with that hash. */
    private void checkAnchor(Anchor anchor, String actualHash, String lastId) {
        ChainHead state = anchor.state();
        if (state.recordCount() == 0) {
            if (!state.headHash().equals(Sha256.GENESIS)) {
                report(null, VerificationProblem.Kind.CHECKPOINT_MISMATCH, anchor.source() + " does not match: a ledger with no records"
                        + " has the hash " + Sha256.GENESIS);
            }
            return;
        }
        String id = EvidenceIds.forSequence(state.recordCount());
        if (actualHash == null) {
            report(id, VerificationProblem.Kind.RECORD_MISSING, id + " missing: " + anchor.source() + " says the ledger had "
                    + state.recordCount() + " record" + (state.recordCount() == 1 ? "" : "s") + ", but the database "
                    + (lastId == null ? "holds none" : "ends at " + lastId)
                    + " (records at the end were lost, or the database was replaced by an older copy)");
        } else if (!actualHash.equals(state.headHash())) {
            report(id, VerificationProblem.Kind.CHECKPOINT_MISMATCH, id + " does not match " + anchor.source() + ": its hash is now "
                    + actualHash + " (the ledger was rewritten at or before " + id + ")");
        }
    }

    private void checkRecord(RecordRow row, String actualHash, long expectedSeq, String previousHash, String previousId)
            throws SQLException {
        CanonicalRecord hashed;
        try {
            hashed = CanonicalRecord.parse(row.canonical());
        } catch (IllegalArgumentException e) {
            report(row.id(), VerificationProblem.Kind.MALFORMED, row.id() + ": its stored record text is unreadable (" + e.getMessage() + ")");
            return;
        }
        String label = hashed.id() != null ? hashed.id() : row.id();
        if (!actualHash.equals(row.recordHash())) {
            report(label, VerificationProblem.Kind.RECORD_ALTERED, label + ": its stored text no longer matches its record hash"
                    + " (the record was edited in the database)");
        }
        boolean misplaced = false;
        if (hashed.sequence() != row.seq()) {
            misplaced = true;
            report(label, VerificationProblem.Kind.RECORD_REORDERED, label + " was recorded as number " + hashed.sequence()
                    + " but is stored at position " + row.seq() + ": records were reordered");
        } else if (row.seq() > expectedSeq) {
            misplaced = true;
            String firstMissing = EvidenceIds.forSequence(expectedSeq);
            String range = row.seq() - expectedSeq == 1 ? firstMissing
                    : firstMissing + " to " + EvidenceIds.forSequence(row.seq() - 1);
            report(firstMissing, VerificationProblem.Kind.RECORD_MISSING, range + " missing: the ledger jumps from "
                    + (previousId == null ? "its start" : previousId) + " to " + label);
        }
        compareColumns(label, row.fields(), hashed.fields(), misplaced);
        if (!misplaced && !Objects.equals(hashed.previousHash(), previousHash)) {
            if (previousId == null) {
                report(label, VerificationProblem.Kind.CHAIN_BROKEN, label + " is the first record but does not start the chain"
                        + " (its previous-hash is not the starting value)");
            } else {
                report(previousId, VerificationProblem.Kind.CHAIN_BROKEN, "the link from " + previousId + " to " + label
                        + " is broken: " + label + "'s previous-hash does not match " + previousId + "'s hash ("
                        + previousId + " was rewritten with a recomputed hash, or " + label + " was)");
            }
        }
        for (Attachment a : hashed.attachments()) checkAttachment(label, a);
    }

    private void compareColumns(String label, Map<String, String> columns, Map<String, String> hashed, boolean misplaced) {
        for (Map.Entry<String, String> f : hashed.entrySet()) {
            if (misplaced && f.getKey().equals("sequence")) continue;
            String stored = columns.get(f.getKey());
            if (!Objects.equals(stored, f.getValue())) {
                report(label, VerificationProblem.Kind.FIELD_CHANGED, label + ": field " + f.getKey() + " was changed: the database has "
                        + quote(stored) + " but the hashed record has " + quote(f.getValue()));
            }
        }
    }

    private void checkAttachment(String label, Attachment a) throws SQLException {
        attachmentsChecked++;
        Optional<BlobFault> fault = blobFaults.get(a.sha256());
        if (fault == null) {
            fault = blobFault(a);
            blobFaults.put(a.sha256(), fault);
        }
        fault.ifPresent(f -> report(label, f.kind(), label + ": attachment '" + a.name() + "' (sha256 " + a.sha256() + ") " + f.what()));
    }

    /** What is wrong with a stored attachment; a blob shared by several records is checked once. */
    private record BlobFault(VerificationProblem.Kind kind, String what) {
        static BlobFault altered(String what) {
            return new BlobFault(VerificationProblem.Kind.ATTACHMENT_ALTERED, what);
        }
    }

    private Optional<BlobFault> blobFault(Attachment a) throws SQLException {
        Optional<byte[]> ciphertext = blobs.ciphertext(a.sha256());
        if (ciphertext.isEmpty()) return Optional.of(new BlobFault(VerificationProblem.Kind.ATTACHMENT_MISSING, "is not in the database"));
        if (cipher == null) return Optional.of(BlobFault.altered("cannot be checked without the key"));
        OptionalLong keyId = AttachmentCipher.keyIdOf(ciphertext.get());
        if (keyId.isEmpty() || !cipher.hasKey(keyId.getAsLong())) {
            return Optional.of(BlobFault.altered("is stored encrypted under a key this keyset does not have (its blob was replaced)"));
        }
        byte[] plain;
        try {
            plain = cipher.decrypt(ciphertext.get(), a.sha256());
        } catch (GeneralSecurityException e) {
            return Optional.of(BlobFault.altered("does not decrypt under its content hash (its stored blob was replaced or damaged)"));
        }
        if (!Sha256.hex(plain).equals(a.sha256()) || plain.length != a.size()) {
            return Optional.of(BlobFault.altered("decrypts to content with a different hash or size (its stored blob was swapped)"));
        }
        return Optional.empty();
    }

    private void checkHead(List<RecordRow> rows, ChainHead head, String lastHash, long rowsBeyondHead) {
        long lastSeq = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq();
        String lastId = rows.isEmpty() ? null : rows.get(rows.size() - 1).id();
        if (head.recordCount() > lastSeq) {
            String firstMissing = EvidenceIds.forSequence(lastSeq + 1);
            report(firstMissing, VerificationProblem.Kind.RECORD_MISSING, firstMissing + " missing: the chain head counts "
                    + head.recordCount() + " records but the last stored one is " + (lastId == null ? "none" : lastId)
                    + " (records at the end were removed)");
        } else if (!head.headHash().equals(lastHash)) {
            String who = lastId == null ? "the empty ledger" : lastId;
            report(who, VerificationProblem.Kind.HEAD_MISMATCH, who + ": its hash does not match the chain head"
                    + " (the last record was rewritten, or the head was)");
        }
        if (rowsBeyondHead > 0) {
            String after = EvidenceIds.forSequence(head.recordCount() + 1);
            report(after, VerificationProblem.Kind.HEAD_MISMATCH, rowsBeyondHead + " record(s) stored beyond the chain head,"
                    + " which ends at " + (head.recordCount() == 0 ? "no record" : EvidenceIds.forSequence(head.recordCount()))
                    + " (records were added outside the ledger, or the head was rolled back)");
        }
    }

    private void report(String recordId, VerificationProblem.Kind kind, String message) {
        problems.add(new VerificationProblem(recordId, kind, message));
    }

    private static String quote(String s) {
        if (s == null) return "nothing";
        String shown = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        return "'" + shown + "'";
    }
}
