package dev.bulwark.cli;

import dev.bulwark.engine.ScanConfig;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.evidence.LedgerStorageException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/** Where the evidence ledger is: options shared by the {@code evidence} subcommands. */
final class LedgerOptions {
    @Option(names = "--db", paramLabel = "URL",
            description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://db.example:5432/bulwark (user and password from "
                    + "BULWARK_DB_USER and BULWARK_DB_PASSWORD, or in the URL). Default: $BULWARK_DB, else database.url in "
                    + ".bulwark.yaml, else an embedded database in the ledger directory.")
    String db;

    @Option(names = "--ledger-dir", paramLabel = "DIR", defaultValue = LedgerSettings.DEFAULT_DIR,
            description = "Directory of the embedded database and the key file (default: ${DEFAULT-VALUE} in the current directory).")
    Path ledgerDir;

    /** --db, else BULWARK_DB, else database.url in .bulwark.yaml of the current directory, else the embedded database. */
    LedgerSettings settings() throws LedgerStorageException {
        Map<String, String> env = EvidenceCommand.environment.get();
        String url = db;
        if (url == null && env.get("BULWARK_DB") == null) url = ConfiguredDatabase.url(Path.of(ScanConfig.FILE_NAME)).orElse(null);
        return LedgerSettings.fromEnvironment(ledgerDir, url, env, EvidenceCommand.clock);
    }
}
