package dev.bulwark.engine.pack;

import java.util.List;

/** The ledger is damaged, lost or unreadable, so no pack was made: an auditor must not get a pack from it (exit code 1). */
public final class LedgerNotIntactException extends Exception {
    private final List<String> problems;

    public LedgerNotIntactException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
