package dev.bulwark.rule.builtin.git;

import dev.bulwark.rule.ChangeVerdict;
import dev.bulwark.rule.ChangeVerdict.Reason;
import dev.bulwark.rule.GitCheck;
import dev.bulwark.rule.GitContext;
import dev.bulwark.rule.Status;
import dev.bulwark.model.change.ApprovalMode;
import dev.bulwark.model.change.ChangeHistory;
import dev.bulwark.model.change.CommitInfo;
import dev.bulwark.model.change.Landing;
import dev.bulwark.model.change.PullRequest;
import dev.bulwark.model.change.PullRequestBundle;
import dev.bulwark.model.change.PullRequestMark;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 3.5.1: every change to infrastructure files that landed on the branch was approved by someone
 * other than its author, through a reviewed pull request or an approval trailer (as
 * {@code changes.approval} allows).
 *
 * <p>A merge is judged as one change: approved (by its pull request or its own trailers), it
 * approves everything it brought in. A merge that matches no pull request and has no approval of
 * its own is looked into: each commit it brought in is judged on its own, so a merge of already
 * reviewed work (a release branch of approved pull requests) passes, and unreviewed commits inside
 * it fail by name. Only when none of them changed infrastructure (the merge itself did, while
 * resolving a conflict) does a merge on the branch fail as a whole.
 */
public final class ChangeApprovalCheck implements GitCheck {
    @Override
    public List<ChangeVerdict> evaluate(ChangeHistory history, GitContext context) {
        List<ChangeVerdict> out = new ArrayList<>();
        for (Landing l : history.infrastructureLandings()) out.addAll(judge(l, null, context));
        return out;
    }

    private List<ChangeVerdict> judge(Landing landing, String landedWith, GitContext context) {
        if (!landing.touchesInfrastructure()) return List.of();
        CommitInfo c = landing.commit();
        ApprovalMode mode = context.settings().approval();
        Optional<PullRequest> pr = mode.acceptsPullRequests() ? context.pullRequests().mergedAs(c.sha()) : Optional.empty();
        ChangeVerdict verdict = decide(landing, landedWith, pr, context);
        // A merge decided by its pull request, or one that shows it is a pull request's merge, is one change: the
        // commits it brought in are the pull request's, and its review covers them all.
        if (verdict.status() != Status.FAIL || !c.isMerge() || pr.isPresent()) return List.of(verdict);
        String with = landedWith != null ? landedWith : c.shortSha();
        List<ChangeVerdict> inner = new ArrayList<>();
        for (Landing m : landing.merged()) inner.addAll(judge(m, with, context));
        if (!inner.isEmpty()) return inner;
        // A merge inside a merge whose new commits changed no infrastructure (typically the branch
        // merged back into a feature line) differs from its first parent only by what the branch
        // already had, so it is no change of its own. At the top it is the branch's own difference.
        return landedWith == null ? List.of(verdict) : List.of();
    }

    private ChangeVerdict decide(Landing landing, String landedWith, Optional<PullRequest> pr, GitContext context) {
        CommitInfo c = landing.commit();
        List<String> keys = context.settings().trailers();
        TrailerApproval trailers = context.settings().approval().acceptsTrailers() ? TrailerApproval.of(c, keys) : null;
        List<String> brought = landing.broughtIn().stream().map(CommitInfo::sha).toList();
        String subject = subject(c, landedWith);
        if (pr.isPresent()) {
            PullRequest p = pr.get();
            PullRequestApproval a = PullRequestApproval.of(p);
            if (a.approved()) {
                return ChangeVerdict.approved(Reason.APPROVED_PULL_REQUEST, c, landedWith, c.infrastructureFiles(),
                        List.copyOf(a.approvers().keySet()), p.number(), brought,
                        subject + " arrived through " + describe(p) + ", approved by " + approvals(a.approvers()) + " before the merge at "
                                + time(p.mergedAt()));
            }
            if (trailers != null && trailers.approved()) {
                return ChangeVerdict.approved(Reason.APPROVED_TRAILER, c, landedWith, c.infrastructureFiles(), trailers.approvers(), p.number(),
                        brought, subject + " arrived through " + describe(p) + ", which had no approving review, and is approved by trailer: "
                                + TrailerApproval.text(trailers.others()));
            }
            return pullRequestFailure(c, landedWith, p, a, subject);
        }
        if (trailers != null && trailers.approved()) {
            return ChangeVerdict.approved(Reason.APPROVED_TRAILER, c, landedWith, c.infrastructureFiles(), trailers.approvers(), null, brought,
                    subject + " is approved by trailer: " + TrailerApproval.text(trailers.others()));
        }
        Optional<PullRequestMark> mark = context.settings().approval().acceptsPullRequests() ? PullRequestMark.of(c) : Optional.empty();
        Optional<ChangeVerdict> marked = mark.flatMap(m -> undecided(c, landedWith, m, context.pullRequests(), subject));
        if (marked.isPresent()) return marked.get();
        if (trailers != null && trailers.selfOnly()) {
            return ChangeVerdict.failed(Reason.SELF_APPROVED, c, landedWith, c.infrastructureFiles(), null,
                    subject + " changed " + files(c) + " approved only by its own author: " + TrailerApproval.text(trailers.self()));
        }
        return ChangeVerdict.failed(Reason.DIRECT_PUSH, c, landedWith, c.infrastructureFiles(), null,
                subject + " changed " + files(c) + " without approval: " + missing(context, keys) + contradicted(c, mark, context.pullRequests()));
    }

    /**
     * A commit that shows it landed through a pull request Bulwark cannot judge: no export was given,
     * the export lacks that pull request (exported before it merged, or from another repository), or
     * the mark is GitLab's, whose approvals no export Bulwark reads holds. Empty when a GitHub export
     * has the pull request and it did not land as this commit (the export contradicts the message),
     * or when only the committer marks it and the export has no pull request that landed as it: the
     * commit is then judged as if it carried no mark.
     */
    private static Optional<ChangeVerdict> undecided(CommitInfo c, String landedWith, PullRequestMark mark, PullRequestBundle prs,
                                                     String subject) {
        String start = subject + " changed " + files(c)
                + (mark.number() == null ? ", and " + mark.sign() : " through " + mark.describe() + " (" + mark.sign() + ")");
        String unknown;
        if (mark.host() == PullRequestMark.Host.GITLAB) {
            unknown = "whether it was approved is unknown: Bulwark reads only GitHub's pull-request export, so GitLab's approvals cannot be"
                    + " checked (an Approved-by trailer naming the approver would decide it)";
        } else if (prs.file() == null) {
            unknown = "whether it was approved is unknown without the pull requests' reviews (--pull-requests FILE would decide it)";
        } else if (mark.number() != null && prs.byNumber(mark.number()).isEmpty()) {
            unknown = prs.file() + " has no pull request #" + mark.number() + ", so whether it was approved is unknown (export the pull"
                    + " requests of this repository again, after it merged, and pass them with --pull-requests)";
        } else {
            return Optional.empty();
        }
        return Optional.of(ChangeVerdict.undecided(Reason.PULL_REQUEST_UNVERIFIED, c, landedWith, c.infrastructureFiles(), mark.number(),
                start + "; " + unknown));
    }

    /** What the export says of the pull request the message names, when it did not land as this commit; "" otherwise. */
    private static String contradicted(CommitInfo c, Optional<PullRequestMark> mark, PullRequestBundle prs) {
        if (mark.isEmpty() || mark.get().number() == null) return "";
        Optional<PullRequest> named = prs.byNumber(mark.get().number());
        if (named.isEmpty()) return "";
        PullRequest p = named.get();
        if (!p.merged()) return "; " + mark.get().sign() + ", but " + describe(p) + " in " + prs.file() + " was closed without merging";
        return "; " + mark.get().sign() + ", but " + describe(p) + " in " + prs.file() + " landed as "
                + p.mergeCommit().map(s -> s.substring(0, Math.min(7, s.length()))).orElse("another commit") + ", not as this commit";
    }

    private static ChangeVerdict pullRequestFailure(CommitInfo c, String landedWith, PullRequest p, PullRequestApproval a, String subject) {
        String start = subject + " changed " + files(c) + " through " + describe(p) + ", merged at " + time(p.mergedAt());
        if (a.authorApproved()) {
            return ChangeVerdict.failed(Reason.SELF_APPROVED, c, landedWith, c.infrastructureFiles(), p.number(),
                    start + ", approved only by its author " + p.author());
        }
        if (!a.lateApprovers().isEmpty()) {
            return ChangeVerdict.failed(Reason.APPROVED_AFTER_MERGE, c, landedWith, c.infrastructureFiles(), p.number(),
                    start + ", before any approval: approved afterwards by " + approvals(a.lateApprovers()));
        }
        String reviews = a.standing().isEmpty() ? "no reviews" : "reviews: " + String.join(", ", a.standing());
        return ChangeVerdict.failed(Reason.PULL_REQUEST_NOT_APPROVED, c, landedWith, c.infrastructureFiles(), p.number(),
                start + ", without an approving review by someone other than its author (" + reviews + ")");
    }

    /** What would have been accepted, as the settings allow it. */
    private static String missing(GitContext context, List<String> keys) {
        ApprovalMode mode = context.settings().approval();
        PullRequestBundle prs = context.pullRequests();
        String noPr = prs.file() == null ? "no pull-request export was given (--pull-requests), so no pull request can approve it"
                : "no merged pull request in " + prs.file() + " landed as this commit";
        String noTrailer = "it has no " + String.join(" or ", keys) + " trailer naming someone other than its author";
        return switch (mode) {
            case PULL_REQUEST -> noPr + " (changes.approval is pull-request: trailers are not accepted)";
            case TRAILER -> noTrailer + " (changes.approval is trailer: pull requests are not consulted)";
            case EITHER -> noPr + ", and " + noTrailer;
        };
    }

    private static String subject(CommitInfo c, String landedWith) {
        String s = "commit " + c.shortSha() + " by " + c.author() + " on " + time(c.committedAt());
        if (c.isMerge()) s = "merge " + s;
        return landedWith == null ? s : s + " (brought in by merge " + landedWith + ")";
    }

    private static String describe(PullRequest p) {
        return "pull request #" + p.number() + (p.title() == null || p.title().isBlank() ? "" : " \"" + p.title() + "\"") + " by " + p.author();
    }

    private static String files(CommitInfo c) {
        List<String> f = c.infrastructureFiles();
        if (f.size() <= 5) return String.join(", ", f);
        return String.join(", ", f.subList(0, 5)) + " and " + (f.size() - 5) + " more";
    }

    private static String approvals(Map<String, Instant> byWhom) {
        return byWhom.entrySet().stream().map(e -> e.getKey() + " at " + time(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
