package dev.bulwark.evidence;

import java.util.List;

/** Nothing was ever recorded here: no database and no head file (a command run in the wrong place, or before the first record). */
public final class NoLedgerException extends EvidenceException {
    public NoLedgerException(String problem) {
        super(List.of(problem), null);
    }
}
