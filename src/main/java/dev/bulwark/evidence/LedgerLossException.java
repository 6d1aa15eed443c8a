package dev.bulwark.evidence;

import java.util.List;

/**
 * The ledger's database is missing, empty, unreadable, or holds less than its head file says it
 * had: records may have been lost. {@code verify} reports this as a failed verification; commands
 * that read refuse, and commands that write leave the database alone.
 */
public final class LedgerLossException extends EvidenceException {
    public LedgerLossException(String problem, Throwable cause) {
        super(List.of(problem), cause);
    }

    public LedgerLossException(String problem) {
        this(problem, null);
    }
}
