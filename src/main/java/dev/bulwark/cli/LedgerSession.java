package dev.bulwark.cli;

import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.LedgerLossException;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.evidence.NoLedgerException;

import java.io.PrintStream;

/**
 * Opens the ledger for one subcommand, runs it, and turns problems the person can fix into
 * messages and exit code 2. Warnings (e.g. a key file others can read) go to stderr either way.
 */
final class LedgerSession {
    interface Action {
        int run(EvidenceLedger ledger) throws EvidenceException;
    }

    /** What a verifying command makes of a ledger it cannot open: an exit code, or null for the usual message and exit 2. */
    interface Unopenable {
        Integer handle(EvidenceException e);
    }

    private LedgerSession() {}

    /** For a command that writes: an embedded ledger that does not exist yet is created. */
    static int run(String command, LedgerOptions options, Action action) {
        return open(command, options, action, false, e -> null);
    }

    /**
     * For a command that only reads: the database is opened read-only, and a missing ledger is
     * reported, not created, so a command run in the wrong directory leaves nothing behind.
     */
    static int read(String command, LedgerOptions options, Action action) {
        return open(command, options, action, true, e -> null);
    }

    /**
     * For a command that verifies: as {@link #read}, and a ledger that is gone or unreadable
     * ({@link LedgerLossException}, or {@link NoLedgerException}) goes to {@code unopenable} first.
     */
    static int verifying(String command, LedgerOptions options, Action action, Unopenable unopenable) {
        return open(command, options, action, true, unopenable);
    }

    private static int open(String command, LedgerOptions options, Action action, boolean readOnly, Unopenable unopenable) {
        PrintStream err = System.err;
        try {
            LedgerSettings settings = options.settings();
            try (EvidenceLedger ledger = readOnly ? EvidenceLedger.openForReading(settings) : EvidenceLedger.open(settings)) {
                try {
                    return action.run(ledger);
                } finally {
                    for (String w : ledger.warnings()) err.println("bulwark: warning: " + w);
                }
            }
        } catch (LedgerLossException | NoLedgerException e) {
            Integer code = unopenable.handle(e);
            if (code != null) return code;
            return problems(command, e, err);
        } catch (EvidenceException e) {
            return problems(command, e, err);
        }
    }

    private static int problems(String command, EvidenceException e, PrintStream err) {
        for (String p : e.problems()) err.println("bulwark: evidence " + command + ": " + p);
        if ("1".equals(System.getenv("BULWARK_DEBUG")) && e.getCause() != null) e.getCause().printStackTrace(err);
        return ExitCode.USAGE_OR_INPUT_ERROR.code;
    }
}
