package dev.bulwark.model.change;

import java.time.Instant;
import java.util.Objects;

/**
 * One review of a pull request.
 *
 * @param submittedAt null only for a PENDING review (not yet submitted)
 * @param commitId    the head commit the review was given on; null when the export leaves it out
 */
public record Review(String reviewer, ReviewState state, Instant submittedAt, String commitId) {
    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(state, "state");
    }
}
