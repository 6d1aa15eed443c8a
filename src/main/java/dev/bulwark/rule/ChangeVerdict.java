package dev.bulwark.rule;

import dev.bulwark.model.change.CommitInfo;
import dev.bulwark.model.change.Person;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The judgement of one change that reached the branch: approved (PASS), not approved (FAIL), or
 * not decidable from what Bulwark was given (UNKNOWN), on what grounds, and the facts an auditor
 * needs to follow it up.
 *
 * @param commit        the commit judged: a commit on the branch, or one a merge brought in
 * @param landedWith    the branch commit it arrived with when that is a merge, else null
 * @param files         the infrastructure files it changed
 * @param approvers     who approved it (logins for pull requests, names as written in trailers); empty when not approved
 * @param pullRequest   the pull request it was merged through (for an undecided change: the one its message names), or null
 * @param mergedCommits shas of the commits it brought in besides itself (an approved merge approves them too)
 * @param message       one sentence naming the commit, the author and what was or was not found
 */
public record ChangeVerdict(Status status, Reason reason, CommitInfo commit, String landedWith, List<String> files, List<String> approvers,
                            Integer pullRequest, List<String> mergedCommits, String message) {
    /** Why a change passed, failed or could not be decided; {@code id} is what JSON output shows. */
    public enum Reason {
        APPROVED_PULL_REQUEST("approved-pull-request", Status.PASS),
        APPROVED_TRAILER("approved-trailer", Status.PASS),
        DIRECT_PUSH("direct-push", Status.FAIL),
        SELF_APPROVED("self-approved", Status.FAIL),
        PULL_REQUEST_NOT_APPROVED("pull-request-not-approved", Status.FAIL),
        APPROVED_AFTER_MERGE("approved-after-merge", Status.FAIL),
        /** The commit shows it landed through a pull request whose reviews Bulwark was not given. */
        PULL_REQUEST_UNVERIFIED("pull-request-unverified", Status.UNKNOWN);

        private final String id;
        private final Status status;

        Reason(String id, Status status) {
            this.id = id;
            this.status = status;
        }

        public String id() {
            return id;
        }

        public Status status() {
            return status;
        }

        public boolean approved() {
            return status == Status.PASS;
        }
    }

    public ChangeVerdict {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(message, "message");
        files = List.copyOf(files);
        approvers = List.copyOf(approvers);
        mergedCommits = List.copyOf(mergedCommits);
        if (status != reason.status()) {
            throw new IllegalArgumentException("status " + status + " does not go with reason " + reason);
        }
    }

    public static ChangeVerdict approved(Reason reason, CommitInfo commit, String landedWith, List<String> files, List<String> approvers,
                                         Integer pullRequest, List<String> mergedCommits, String message) {
        return new ChangeVerdict(Status.PASS, reason, commit, landedWith, files, approvers, pullRequest, mergedCommits, message);
    }

    public static ChangeVerdict failed(Reason reason, CommitInfo commit, String landedWith, List<String> files, Integer pullRequest,
                                       String message) {
        return new ChangeVerdict(Status.FAIL, reason, commit, landedWith, files, List.of(), pullRequest, List.of(), message);
    }

    /** A change that may have been approved, but whose approval Bulwark cannot see: neither passed nor failed. */
    public static ChangeVerdict undecided(Reason reason, CommitInfo commit, String landedWith, List<String> files, Integer pullRequest,
                                          String message) {
        return new ChangeVerdict(Status.UNKNOWN, reason, commit, landedWith, files, List.of(), pullRequest, List.of(), message);
    }

    public Person author() {
        return commit.author();
    }

    /** When the commit was committed: for a commit on the branch, when it landed there. */
    public Instant date() {
        return commit.committedAt();
    }

    /** The record the evidence ledger keeps for an approved change; empty for a failed or undecided one. */
    public Optional<ApprovedChange> approvedChange() {
        if (status != Status.PASS) return Optional.empty();
        String via = reason == Reason.APPROVED_PULL_REQUEST ? "pull-request" : "trailer";
        return Optional.of(new ApprovedChange(commit.sha(), commit.author(), approvers, commit.committedAt(), pullRequest, via, mergedCommits, files));
    }
}
