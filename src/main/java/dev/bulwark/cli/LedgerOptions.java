package dev.bulwark.cli;

import dev.bulwark.evidence.LedgerSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the evidence ledger is: options shared by the {@code evidence} subcommands. */
final class LedgerOptions {
    @Option(names = "--db", paramLabel = "URL",
            description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://db.example:5432/bulwark (user and password from "
                    + "BULWARK_DB_USER and BULWARK_DB_PASSWORD, or in the URL). Default: $BULWARK_DB, else an embedded "
                    + "database in the ledger directory.")
    String db;

    @Option(names = "--ledger-dir", paramLabel = "DIR", defaultValue = LedgerSettings.DEFAULT_DIR,
            description = "Directory of the embedded database and the key file (default: ${DEFAULT-VALUE} in the current directory).")
    Path ledgerDir;

    LedgerSettings settings() {
        return LedgerSettings.fromEnvironment(ledgerDir, db, EvidenceCommand.environment.get(), EvidenceCommand.clock);
    }
}
