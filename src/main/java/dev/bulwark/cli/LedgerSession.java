package dev.bulwark.cli;

import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.LedgerSettings;

import java.io.PrintStream;
import java.nio.file.Files;

/**
 * Opens the ledger for one subcommand, runs it, and turns problems the person can fix into
 * messages and exit code 2. Warnings (e.g. a key file others can read) go to stderr either way.
 */
final class LedgerSession {
    interface Action {
        int run(EvidenceLedger ledger) throws EvidenceException;
    }

    private LedgerSession() {}

    /** For a command that writes: an embedded ledger that does not exist yet is created. */
    static int run(String command, LedgerOptions options, Action action) {
        return open(command, options, action, false);
    }

    /**
     * For a command that only reads: a missing embedded ledger is reported, not created, so a command
     * run in the wrong directory leaves no empty ledger behind.
     */
    static int read(String command, LedgerOptions options, Action action) {
        return open(command, options, action, true);
    }

    private static int open(String command, LedgerOptions options, Action action, boolean mustExist) {
        PrintStream err = System.err;
        try {
            LedgerSettings settings = options.settings();
            if (mustExist && settings.embeddedDatabase() && !Files.isDirectory(settings.ledgerDir())) {
                err.println("bulwark: evidence " + command + ": no evidence ledger in " + settings.ledgerDir()
                        + " (bulwark evidence add records the first piece of evidence; --ledger-dir or --db names another ledger)");
                return ExitCode.USAGE_OR_INPUT_ERROR.code;
            }
            try (EvidenceLedger ledger = EvidenceLedger.open(settings)) {
                try {
                    return action.run(ledger);
                } finally {
                    for (String w : ledger.warnings()) err.println("bulwark: warning: " + w);
                }
            }
        } catch (EvidenceException e) {
            for (String p : e.problems()) err.println("bulwark: evidence " + command + ": " + p);
            if ("1".equals(System.getenv("BULWARK_DEBUG")) && e.getCause() != null) e.getCause().printStackTrace(err);
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
    }
}
