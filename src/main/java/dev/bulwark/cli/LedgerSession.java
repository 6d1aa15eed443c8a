package dev.bulwark.cli;

import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;

import java.io.PrintStream;

/**
 * Opens the ledger for one subcommand, runs it, and turns problems the person can fix into
 * messages and exit code 2. Warnings (e.g. a key file others can read) go to stderr either way.
 */
final class LedgerSession {
    interface Action {
        int run(EvidenceLedger ledger) throws EvidenceException;
    }

    private LedgerSession() {}

    static int run(String command, LedgerOptions options, Action action) {
        PrintStream err = System.err;
        try (EvidenceLedger ledger = EvidenceLedger.open(options.settings())) {
            try {
                return action.run(ledger);
            } finally {
                for (String w : ledger.warnings()) err.println("bulwark: warning: " + w);
            }
        } catch (EvidenceException e) {
            for (String p : e.problems()) err.println("bulwark: evidence " + command + ": " + p);
            if ("1".equals(System.getenv("BULWARK_DEBUG")) && e.getCause() != null) e.getCause().printStackTrace(err);
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
    }
}
