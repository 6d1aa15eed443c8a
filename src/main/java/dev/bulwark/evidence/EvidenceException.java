package dev.bulwark.evidence;

import java.util.List;

/** Something the person can fix (bad input, a wrong key, an unreachable database); nothing was written. */
public abstract class EvidenceException extends Exception {
    private final List<String> problems;

    protected EvidenceException(List<String> problems, Throwable cause) {
        super(String.join("; ", problems), cause);
        if (problems.isEmpty()) throw new IllegalArgumentException("an EvidenceException needs a message");
        this.problems = List.copyOf(problems);
    }

    /** Each problem as a sentence of its own, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
