package dev.bulwark.rule.builtin.git;

import dev.bulwark.model.change.PullRequest;
import dev.bulwark.model.change.Review;
import dev.bulwark.model.change.ReviewState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a merged pull request was approved before it was merged, the way GitHub counts it: each
 * reviewer's standing verdict is their last approval, change request or dismissal submitted up to
 * the merge (comments leave it as it was), and the pull request is approved when some reviewer other
 * than its author stands at APPROVED.
 *
 * @param approvers     non-author reviewers standing at APPROVED at the merge, with the time of that approval
 * @param authorApproved whether the author's own standing verdict was APPROVED
 * @param lateApprovers non-author reviewers who approved only after the merge
 * @param standing      every reviewer's standing verdict at the merge, for messages ("bob CHANGES_REQUESTED")
 */
record PullRequestApproval(Map<String, Instant> approvers, boolean authorApproved, Map<String, Instant> lateApprovers, List<String> standing) {
    static PullRequestApproval of(PullRequest pr) {
        Instant merged = pr.mergedAt();
        List<Review> reviews = new ArrayList<>(pr.reviews().stream().filter(r -> r.submittedAt() != null).toList());
        reviews.sort(Comparator.comparing(Review::submittedAt));
        Map<String, Review> standing = new LinkedHashMap<>();
        Map<String, Instant> late = new LinkedHashMap<>();
        String author = key(pr.author());
        for (Review r : reviews) {
            String who = key(r.reviewer());
            if (r.submittedAt().isAfter(merged)) {
                if (r.state() == ReviewState.APPROVED && !who.equals(author)) late.putIfAbsent(r.reviewer(), r.submittedAt());
                continue;
            }
            if (r.state().decisive()) standing.put(who, r);
            else standing.putIfAbsent(who, r);  // a comment shows the reviewer took part without changing their verdict
        }
        Map<String, Instant> approvers = new LinkedHashMap<>();
        boolean authorApproved = false;
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, Review> e : standing.entrySet()) {
            Review r = e.getValue();
            shown.add(r.reviewer() + " " + r.state());
            if (r.state() != ReviewState.APPROVED) continue;
            if (e.getKey().equals(author)) authorApproved = true;
            else approvers.put(r.reviewer(), r.submittedAt());
        }
        approvers.keySet().forEach(a -> late.keySet().removeIf(l -> key(l).equals(key(a))));
        return new PullRequestApproval(approvers, authorApproved, late, shown);
    }

    boolean approved() {
        return !approvers.isEmpty();
    }

    /** GitHub logins are case-insensitive. */
    private static String key(String login) {
        return login.toLowerCase(Locale.ROOT);
    }
}
