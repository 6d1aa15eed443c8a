package dev.bulwark.engine.exports;

import java.util.List;

/** Files that cannot be ingested as asked (unreadable, malformed, undated, no system); nothing was stored. */
public final class IngestInputException extends Exception {
    private final List<String> problems;

    public IngestInputException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("an IngestInputException needs a problem");
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, {@code file:line: what is wrong} where a line is known. */
    public List<String> problems() {
        return problems;
    }
}
