package dev.bulwark.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the ledger's tables: the chain head, records in chain order, blobs and key checks. */
final class LedgerReader {
    private LedgerReader() {}

    static ChainHead head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT record_count, head_hash FROM evidence_chain_head WHERE id = 1")) {
            if (!r.next()) throw new SQLException("the chain head row is missing from evidence_chain_head");
            return new ChainHead(r.getLong(1), r.getString(2));
        }
    }

    /** Every record, ordered by its position in the chain. */
    static List<RecordRow> rows(Connection c) throws SQLException {
        Map<Long, List<String>> requirements = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT record_seq, requirement_id FROM evidence_requirement ORDER BY record_seq, ordinal")) {
            while (r.next()) requirements.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
        }
        Map<Long, List<RecordRow.AttachmentColumns>> attachments = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT record_seq, name, size_bytes, sha256 FROM evidence_attachment ORDER BY record_seq, ordinal")) {
            while (r.next()) {
                attachments.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new RecordRow.AttachmentColumns(r.getString(2), r.getLong(3), r.getString(4)));
            }
        }
        Map<Long, RecordRow> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, id, kind, system_scope, performed_at, performed_by, approved_by, notes,"
                     + " recorded_at, supersedes, previous_hash, record_hash, canonical FROM evidence_record ORDER BY seq")) {
            while (r.next()) {
                long seq = r.getLong(1);
                rows.put(seq, new RecordRow(seq, r.getString(2), r.getString(3), requirements.getOrDefault(seq, List.of()),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                        attachments.getOrDefault(seq, List.of()), r.getString(9), r.getString(10), r.getString(11),
                        r.getString(12), r.getString(13)));
            }
        }
        return List.copyOf(rows.values());
    }

    static Optional<byte[]> blob(Connection c, String sha256) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT ciphertext FROM evidence_blob WHERE sha256 = ?")) {
            p.setString(1, sha256);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
            }
        }
    }

    static boolean hasBlobs(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM evidence_blob")) {
            r.next();
            return r.getLong(1) > 0;
        }
    }

    /** Key id to key-check ciphertext, for every key that has encrypted attachments here. */
    static Map<Long, byte[]> keyChecks(Connection c) throws SQLException {
        Map<Long, byte[]> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT key_id, ciphertext FROM evidence_key_check ORDER BY key_id")) {
            while (r.next()) out.put(r.getLong(1), r.getBytes(2));
        }
        return out;
    }
}
