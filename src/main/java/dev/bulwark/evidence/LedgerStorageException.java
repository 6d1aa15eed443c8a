package dev.bulwark.evidence;

import java.util.List;

/** The ledger's database could not be opened, migrated, locked or written. */
public final class LedgerStorageException extends EvidenceException {
    public LedgerStorageException(String problem, Throwable cause) {
        super(List.of(problem), cause);
    }

    public LedgerStorageException(String problem) {
        this(problem, null);
    }
}
