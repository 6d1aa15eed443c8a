package dev.bulwark.model.change;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A pull-request review's state as GitHub's reviews API reports it. */
public enum ReviewState {
    APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING;

    public static Optional<ReviewState> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst();
    }

    /** The accepted names, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Whether this review sets the reviewer's standing verdict: a comment leaves an earlier approval
     * or change request in force, a dismissal withdraws it, and a pending review is not submitted.
     */
    public boolean decisive() {
        return this == APPROVED || this == CHANGES_REQUESTED || this == DISMISSED;
    }
}
