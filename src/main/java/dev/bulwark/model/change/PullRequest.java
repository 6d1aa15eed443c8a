package dev.bulwark.model.change;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed pull request from the bundle.
 *
 * @param author         the opener's login ({@code user.login})
 * @param mergedAt       null when it was closed without merging
 * @param mergeCommitSha the commit that landed on the base branch (merge or squash commit); null when not merged
 * @param line           where it starts in the bundle, for messages
 */
public record PullRequest(int number, String title, String author, Instant mergedAt, String mergeCommitSha, String headSha,
                          String baseRef, List<Review> reviews, int line) {
    public PullRequest {
        Objects.requireNonNull(author, "author");
        reviews = List.copyOf(reviews);
    }

    public boolean merged() {
        return mergedAt != null;
    }

    public Optional<String> mergeCommit() {
        return Optional.ofNullable(mergeCommitSha);
    }
}
