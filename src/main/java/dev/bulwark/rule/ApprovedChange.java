package dev.bulwark.rule;

import dev.bulwark.model.change.Person;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An infrastructure change that landed with approval, as evidence for 3.5.1.
 *
 * @param sha         the full sha of the commit that landed (the merge or squash commit for a pull request)
 * @param approvers   pull-request reviewers' logins, or approvers as named in trailers
 * @param when        when the commit was committed (for a commit on the branch: when it landed)
 * @param pullRequest the pull request number, or null when approved by trailer
 * @param via         {@code pull-request} or {@code trailer}
 * @param commits     the other commits it brought in (for a merge), covered by the same approval
 * @param files       the infrastructure files it changed
 */
public record ApprovedChange(String sha, Person author, List<String> approvers, Instant when, Integer pullRequest, String via,
                             List<String> commits, List<String> files) {
    public ApprovedChange {
        Objects.requireNonNull(sha, "sha");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(when, "when");
        approvers = List.copyOf(approvers);
        commits = List.copyOf(commits);
        files = List.copyOf(files);
    }
}
