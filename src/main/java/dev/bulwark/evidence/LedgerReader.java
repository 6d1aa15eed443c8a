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

    /** Whether the database has the ledger's tables at all (a new or emptied database has none). */
    static boolean tablesPresent(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM evidence_chain_head")) {
            return true;
        } catch (SQLException e) {
            if (isMissingTable(e)) return false;
            throw e;
        }
    }

    /** The chain head row; a database without one cannot say where its chain ends, which is a loss. */
    static void requireHeadRow(Connection c, String what) throws SQLException, LedgerLossException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM evidence_chain_head WHERE id = 1")) {
            r.next();
            if (r.getLong(1) == 0) throw new LedgerLossException(what + " has lost its chain head row (evidence_chain_head is empty)");
        }
    }

    /** The stored hash of record {@code seq}, if there is such a record. */
    static Optional<String> recordHash(Connection c, long seq) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT record_hash FROM evidence_record WHERE seq = ?")) {
            p.setLong(1, seq);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** H2 and PostgreSQL's SQL states for "no such table". */
    private static boolean isMissingTable(SQLException e) {
        return "42S02".equals(e.getSQLState()) || "42P01".equals(e.getSQLState()) || "42S04".equals(e.getSQLState());
    }

    static ChainHead head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT record_count, head_hash FROM evidence_chain_head WHERE id = 1")) {
            if (!r.next()) throw new SQLException("the chain head row is missing from evidence_chain_head");
            return new ChainHead(r.getLong(1), r.getString(2));
        }
    }

    /**
     * What the chain head covered at one moment: the head, the records up to it, and how many rows
     * sit beyond it. An append commits its record and the moved head together, so bounding every
     * read by the head read first gives a consistent picture while other appends carry on.
     */
    record Snapshot(ChainHead head, List<RecordRow> rows, long rowsBeyondHead) {}

    static Snapshot snapshot(Connection c) throws SQLException {
        ChainHead head = head(c);
        List<RecordRow> rows = rows(c, head.recordCount());
        long beyond = countBeyond(c, head.recordCount());
        if (beyond > 0 && !head(c).equals(head)) beyond = 0; // an append landed meanwhile: those rows are legitimate
        return new Snapshot(head, rows, beyond);
    }

    /** Records numbered up to {@code upTo}, in chain order (records first, so their child rows are all committed). */
    static List<RecordRow> rows(Connection c, long upTo) throws SQLException {
        List<Object[]> records = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT seq, id, kind, system_scope, performed_at, performed_by, approved_by,"
                + " notes, recorded_at, supersedes, previous_hash, record_hash, canonical FROM evidence_record WHERE seq <= ? ORDER BY seq")) {
            p.setLong(1, upTo);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[13];
                    row[0] = r.getLong(1);
                    for (int i = 1; i < 13; i++) row[i] = r.getString(i + 1);
                    records.add(row);
                }
            }
        }
        Map<Long, List<String>> requirements = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT record_seq, requirement_id FROM evidence_requirement"
                + " WHERE record_seq <= ? ORDER BY record_seq, ordinal")) {
            p.setLong(1, upTo);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) requirements.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        Map<Long, List<RecordRow.AttachmentColumns>> attachments = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT record_seq, name, size_bytes, sha256 FROM evidence_attachment"
                + " WHERE record_seq <= ? ORDER BY record_seq, ordinal")) {
            p.setLong(1, upTo);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    attachments.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new RecordRow.AttachmentColumns(r.getString(2), r.getLong(3), r.getString(4)));
                }
            }
        }
        List<RecordRow> out = new ArrayList<>();
        for (Object[] v : records) {
            long seq = (Long) v[0];
            out.add(new RecordRow(seq, (String) v[1], (String) v[2], requirements.getOrDefault(seq, List.of()), (String) v[3],
                    (String) v[4], (String) v[5], (String) v[6], (String) v[7], attachments.getOrDefault(seq, List.of()),
                    (String) v[8], (String) v[9], (String) v[10], (String) v[11], (String) v[12]));
        }
        return out;
    }

    private static long countBeyond(Connection c, long upTo) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM evidence_record WHERE seq > ?")) {
            p.setLong(1, upTo);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
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
