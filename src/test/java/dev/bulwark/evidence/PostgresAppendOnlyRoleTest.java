package dev.bulwark.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grants docs/evidence-ledger.md suggests for PostgreSQL are enough to append, and forbid rewriting. */
class PostgresAppendOnlyRoleTest {
    @TempDir
    Path tmp;

    @Test
    void aWriterWithTheDocumentedGrantsCanAppendButNotRewrite() throws Exception {
        TestLedger owner = TestLedger.create(tmp, LedgerBackend.POSTGRESQL);
        try (EvidenceLedger ledger = owner.open()) {
            ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-01", "owner")); // creates the schema
        }
        owner.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bulwark_writer')"
                        + " THEN CREATE ROLE bulwark_writer LOGIN PASSWORD 'writer'; END IF; END $$",
                "GRANT SELECT, INSERT ON evidence_record, evidence_requirement, evidence_attachment,"
                        + " evidence_blob, evidence_key_check TO bulwark_writer",
                "GRANT SELECT, UPDATE ON evidence_chain_head TO bulwark_writer",
                "GRANT SELECT ON evidence_schema_history TO bulwark_writer",
                "REVOKE UPDATE, DELETE, TRUNCATE ON evidence_record, evidence_requirement, evidence_attachment,"
                        + " evidence_blob, evidence_key_check FROM bulwark_writer");

        String writerUrl = owner.databaseUrl().replace("user=postgres", "user=bulwark_writer");
        LedgerSettings asWriter = owner.settings().withDatabase(writerUrl, null, "writer");
        Path file = owner.file("f.txt", "attached by the writer");
        try (EvidenceLedger ledger = EvidenceLedger.open(asWriter)) {
            ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-02", "writer", file));
            assertThat(ledger.verify().ok()).isTrue();
            assertThat(ledger.head().recordCount()).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection(writerUrl, "bulwark_writer", "writer"); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE evidence_record SET performed_by = 'mallory'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("DELETE FROM evidence_blob"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
