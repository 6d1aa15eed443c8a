package dev.bulwark.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A ledger in a temporary directory on one backend, with raw SQL access for tampering. */
record TestLedger(Path dir, LedgerBackend backend, String databaseUrl, LedgerSettings settings) {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);

    static TestLedger create(Path tmp, LedgerBackend backend) {
        Path ledgerDir = tmp.resolve(".bulwark");
        String url = backend.databaseUrl(ledgerDir);
        LedgerSettings settings = LedgerSettings.embedded(ledgerDir, CLOCK).withDatabase(url, null, null);
        return new TestLedger(ledgerDir, backend, url, settings);
    }

    EvidenceLedger open() throws EvidenceException {
        return EvidenceLedger.open(settings);
    }

    /** Read-only, as the commands that only read open it. */
    EvidenceLedger openForReading() throws EvidenceException {
        return EvidenceLedger.openForReading(settings);
    }

    TestLedger withEnv(Map<String, String> env) {
        return new TestLedger(dir, backend, databaseUrl, settings.withEnv(env));
    }

    /** Runs statements directly against the database, as someone with database access could. */
    void sql(String... statements) throws SQLException {
        try (Connection c = backend.connect(dir, databaseUrl); Statement s = c.createStatement()) {
            for (String stmt : statements) s.execute(stmt);
        }
    }

    long count(String table) throws SQLException {
        try (Connection c = backend.connect(dir, databaseUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    List<byte[]> blobs() throws SQLException {
        try (Connection c = backend.connect(dir, databaseUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT ciphertext FROM evidence_blob ORDER BY sha256")) {
            List<byte[]> out = new java.util.ArrayList<>();
            while (r.next()) out.add(r.getBytes(1));
            return out;
        }
    }

    /** Replaces the ciphertext stored for one content hash with the one stored for another. */
    void copyBlob(String fromSha, String toSha) throws SQLException {
        try (Connection c = backend.connect(dir, databaseUrl)) {
            byte[] from;
            try (PreparedStatement p = c.prepareStatement("SELECT ciphertext FROM evidence_blob WHERE sha256 = ?")) {
                p.setString(1, fromSha);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    from = r.getBytes(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE evidence_blob SET ciphertext = ? WHERE sha256 = ?")) {
                p.setBytes(1, from);
                p.setString(2, toSha);
                if (p.executeUpdate() != 1) throw new SQLException("no blob " + toSha);
            }
        }
    }

    /** A file in the test directory with the given content. */
    Path file(String name, String content) throws java.io.IOException {
        Path f = dir.getParent().resolve(name);
        Files.writeString(f, content);
        return f;
    }

    static EvidenceDraft draft(String kind, String requirement, String system, String performedAt, String by, Path... attachments) {
        return new EvidenceDraft(kind, List.of(requirement), system, performedAt, by, null, null, List.of(attachments), null);
    }
}
