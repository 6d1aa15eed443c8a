package dev.bulwark.cli;

import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.LedgerLossException;
import dev.bulwark.evidence.NoLedgerException;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Runs one evidence operation for a subcommand and turns problems the person can fix into messages
 * and exit code 2. The ledger's warnings (e.g. a key file others can read) go to stderr either way.
 */
final class LedgerSession {
    interface Action {
        int run(Consumer<String> warnings) throws EvidenceException;
    }

    /** What a verifying command makes of a ledger it cannot open: an exit code, or null for the usual message and exit 2. */
    interface Unopenable {
        Integer handle(EvidenceException e);
    }

    private LedgerSession() {}

    static int run(String command, Action action) {
        return run(command, action, e -> null);
    }

    /**
     * For a command that verifies: a ledger that is gone or unreadable ({@link LedgerLossException},
     * or {@link NoLedgerException}) goes to {@code unopenable} first.
     */
    static int run(String command, Action action, Unopenable unopenable) {
        PrintStream err = System.err;
        try {
            return action.run(w -> err.println("bulwark: warning: " + w));
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
