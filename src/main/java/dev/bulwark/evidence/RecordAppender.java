package dev.bulwark.evidence;

import dev.bulwark.evidence.crypto.AttachmentCipher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Appends one record in one transaction. The transaction first locks the chain-head row, so
 * appends from any number of connections or processes take turns: each reads the head, links to
 * it, and moves it, and none can slip in between. Either everything (record, its requirement and
 * attachment rows, new blobs, the head) is committed, or nothing is. Under the same lock it checks
 * that the database still holds the state of the head file, so a database that lost its tail is
 * never extended as if nothing had happened.
 */
final class RecordAppender {
    /** An attachment's ciphertext, made before the transaction so the lock is held only for writing. */
    record SealedBlob(String sha256, long keyId, byte[] ciphertext) {}

    private RecordAppender() {}

    /**
     * @param cipher     the key new blobs were sealed with; null when the record has no attachments
     * @param keyCheck   the key check for the cipher's primary key (stored if the ledger has none for it yet)
     * @param headFile   the head file the database must contain; the caller moves it forward after the commit
     */
    static EvidenceRecord append(Connection c, ValidatedDraft draft, List<SealedBlob> blobs, AttachmentCipher cipher,
                                 byte[] keyCheck, Instant now, KeyGuard keyGuard, HeadFile headFile) throws SQLException, EvidenceException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            ChainHead head = lockHead(c);
            headFile.requireIn(c);
            if (cipher != null) {
                keyGuard.check(cipher, LedgerReader.keyChecks(c));
                storeKeyCheck(c, cipher.primaryKeyId(), keyCheck);
            }
            if (draft.supersedes() != null) checkSupersedes(c, draft.supersedes());

            long seq = head.recordCount() + 1;
            String id = EvidenceIds.forSequence(seq);
            CanonicalRecord canonical = new CanonicalRecord(seq, id, draft.kind().slug(), draft.requirements(), draft.system(),
                    draft.performedAt().text(), draft.performedBy(), draft.approvedBy(), draft.notes(),
                    draft.attachments().stream().map(ValidatedDraft.AttachmentContent::describe).toList(),
                    now.truncatedTo(ChronoUnit.SECONDS).toString(), draft.supersedes(), head.headHash());
            String json = canonical.toJson();
            String hash = CanonicalRecord.hashOf(json);

            for (SealedBlob b : blobs) storeBlob(c, b);
            insertRecord(c, canonical, json, hash);
            updateHead(c, seq, hash);
            c.commit();
            return RecordRow.of(canonical, hash, json).toRecord();
        } catch (SQLException | EvidenceException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Checks the key against the ledger's key checks; called with the head locked, so no other writer races it. */
    interface KeyGuard {
        void check(AttachmentCipher cipher, Map<Long, byte[]> keyChecks) throws EvidenceKeyException;
    }

    private static ChainHead lockHead(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT record_count, head_hash FROM evidence_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet r = p.executeQuery()) {
            if (!r.next()) throw new SQLException("the chain head row is missing from evidence_chain_head");
            return new ChainHead(r.getLong(1), r.getString(2));
        }
    }

    /** The superseded record must exist and not be superseded already; checked again under the lock. */
    static void checkSupersedes(Connection c, String supersedes) throws SQLException, EvidenceInputException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM evidence_record WHERE id = ?")) {
            p.setString(1, supersedes);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                if (r.getLong(1) == 0) throw new EvidenceInputException("--supersedes " + supersedes + ": there is no such record");
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM evidence_record WHERE supersedes = ? ORDER BY seq")) {
            p.setString(1, supersedes);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    throw new EvidenceInputException("--supersedes " + supersedes + ": it is already superseded by " + r.getString(1)
                            + " (supersede " + r.getString(1) + " instead)");
                }
            }
        }
    }

    private static void storeKeyCheck(Connection c, long keyId, byte[] keyCheck) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM evidence_key_check WHERE key_id = ?")) {
            p.setLong(1, keyId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) return;
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence_key_check (key_id, ciphertext) VALUES (?, ?)")) {
            p.setLong(1, keyId);
            p.setBytes(2, keyCheck);
            p.executeUpdate();
        }
    }

    /** Content-addressed: the same plaintext is stored once, whichever record attached it first. */
    private static void storeBlob(Connection c, SealedBlob b) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM evidence_blob WHERE sha256 = ?")) {
            p.setString(1, b.sha256());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) return;
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence_blob (sha256, key_id, ciphertext) VALUES (?, ?, ?)")) {
            p.setString(1, b.sha256());
            p.setLong(2, b.keyId());
            p.setBytes(3, b.ciphertext());
            p.executeUpdate();
        }
    }

    private static void insertRecord(Connection c, CanonicalRecord r, String json, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence_record (seq, id, kind, system_scope, performed_at,"
                + " performed_by, approved_by, notes, recorded_at, supersedes, previous_hash, record_hash, canonical)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, r.sequence());
            p.setString(2, r.id());
            p.setString(3, r.kind());
            p.setString(4, r.system());
            p.setString(5, r.performedAt());
            p.setString(6, r.performedBy());
            p.setString(7, r.approvedBy());
            p.setString(8, r.notes());
            p.setString(9, r.recordedAt());
            p.setString(10, r.supersedes());
            p.setString(11, r.previousHash());
            p.setString(12, hash);
            p.setString(13, json);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence_requirement (record_seq, ordinal, requirement_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < r.requirements().size(); i++) {
                p.setLong(1, r.sequence());
                p.setInt(2, i);
                p.setString(3, r.requirements().get(i));
                p.addBatch();
            }
            p.executeBatch();
        }
        if (r.attachments().isEmpty()) return;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence_attachment (record_seq, ordinal, name, size_bytes, sha256) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < r.attachments().size(); i++) {
                Attachment a = r.attachments().get(i);
                p.setLong(1, r.sequence());
                p.setInt(2, i);
                p.setString(3, a.name());
                p.setLong(4, a.size());
                p.setString(5, a.sha256());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void updateHead(Connection c, long count, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE evidence_chain_head SET record_count = ?, head_hash = ? WHERE id = 1")) {
            p.setLong(1, count);
            p.setString(2, hash);
            if (p.executeUpdate() != 1) throw new SQLException("the chain head row vanished during an append");
        }
    }
}
