package dev.bulwark.engine;

import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.evidence.LedgerStorageException;

/**
 * Where the evidence ledger is, worked out only when an operation reaches the ledger: a problem
 * with its settings is then reported after the problems found before it, as a user reads them.
 */
@FunctionalInterface
public interface LedgerLocation {
    LedgerSettings settings() throws LedgerStorageException;

    static LedgerLocation of(LedgerSettings settings) {
        return () -> settings;
    }
}
