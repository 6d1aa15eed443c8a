package dev.bulwark.model.change;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The pull requests of one repository, as read from a bundle file; looked up by the commit they merged as. */
public final class PullRequestBundle {
    private final String file;
    private final List<PullRequest> pullRequests;
    private final Map<String, PullRequest> byMergeCommit = new HashMap<>();
    private final Map<Integer, PullRequest> byNumber = new HashMap<>();

    public PullRequestBundle(String file, List<PullRequest> pullRequests) {
        this.file = file;
        this.pullRequests = List.copyOf(pullRequests);
        for (PullRequest pr : this.pullRequests) {
            byNumber.put(pr.number(), pr);
            if (pr.merged() && pr.mergeCommitSha() != null) byMergeCommit.put(pr.mergeCommitSha().toLowerCase(Locale.ROOT), pr);
        }
    }

    /** No pull requests: every change must be approved by trailer. */
    public static PullRequestBundle none() {
        return new PullRequestBundle(null, List.of());
    }

    /** The bundle's file as named in messages; null for {@link #none()}. */
    public String file() {
        return file;
    }

    public List<PullRequest> pullRequests() {
        return pullRequests;
    }

    public boolean isEmpty() {
        return pullRequests.isEmpty() && file == null;
    }

    public long mergedCount() {
        return pullRequests.stream().filter(PullRequest::merged).count();
    }

    /** The pull request with this number, merged or not. */
    public Optional<PullRequest> byNumber(int number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** The merged pull request whose merge (or squash) commit is {@code sha}. */
    public Optional<PullRequest> mergedAs(String sha) {
        return Optional.ofNullable(byMergeCommit.get(sha.toLowerCase(Locale.ROOT)));
    }
}
