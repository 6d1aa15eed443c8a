package dev.bulwark.source.git;

import java.time.Instant;
import java.util.Objects;

/**
 * What history to read.
 *
 * @param branch a branch name, or null for the checked-out branch (else {@code main}, else {@code master})
 */
public record HistoryQuery(String branch, Instant since, Instant until, InfrastructureFiles infrastructure) {
    public HistoryQuery {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(infrastructure, "infrastructure");
        if (since.isAfter(until)) throw new IllegalArgumentException("the period starts (" + since + ") after it ends (" + until + ")");
        if (branch != null && branch.isBlank()) branch = null;
    }
}
