package dev.bulwark.evidence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The two databases the ledger runs on; tests run once per backend and tamper through {@link #connect}. */
public enum LedgerBackend {
    H2 {
        @Override
        public String databaseUrl(Path ledgerDir) {
            return null;
        }

        @Override
        public Connection connect(Path ledgerDir, String databaseUrl) throws SQLException {
            return DriverManager.getConnection(DatabaseUrls.embedded(ledgerDir));
        }
    },
    POSTGRESQL {
        @Override
        public String databaseUrl(Path ledgerDir) {
            return EmbeddedPostgresServer.newDatabaseUrl();
        }

        @Override
        public Connection connect(Path ledgerDir, String databaseUrl) throws SQLException {
            return DriverManager.getConnection(databaseUrl);
        }
    };

    /** A fresh database for one test: null for H2 (the embedded file in the ledger directory). */
    public abstract String databaseUrl(Path ledgerDir);

    /** A plain JDBC connection to the ledger's database, bypassing the ledger (to tamper with it). */
    public abstract Connection connect(Path ledgerDir, String databaseUrl) throws SQLException;
}
