package dev.bulwark.model.change;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What counts as approval of a change ({@code changes.approval} in {@code .bulwark.yaml}). */
public enum ApprovalMode {
    /** Only a merged pull request with an approving review by someone else. */
    PULL_REQUEST("pull-request"),
    /** Only an approval trailer in the commit message naming someone else. */
    TRAILER("trailer"),
    /** Either of the two. */
    EITHER("either");

    private final String id;

    ApprovalMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean acceptsPullRequests() {
        return this != TRAILER;
    }

    public boolean acceptsTrailers() {
        return this != PULL_REQUEST;
    }

    public static Optional<ApprovalMode> byId(String text) {
        if (text == null) return Optional.empty();
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
