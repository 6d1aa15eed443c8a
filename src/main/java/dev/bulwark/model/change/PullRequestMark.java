package dev.bulwark.model.change;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a commit shows of having landed through a code host's pull request (or merge request), as
 * GitHub and GitLab write it when they merge one:
 * <ul>
 *   <li>GitHub's squash merge: the subject is the pull request's title followed by {@code (#123)};</li>
 *   <li>GitHub's merge commit: the subject is {@code Merge pull request #123 from owner/branch};</li>
 *   <li>GitLab's merge commit (and a squash commit whose template names the merge request): a line
 *       {@code See merge request group/project!123} ({@code See merge request !123} before GitLab 10);</li>
 *   <li>the committer {@code GitHub <noreply@github.com>} (GitHub's "web-flow"): the commit was made on
 *       github.com, by a merge button or by an edit in the browser, with no number to say which.</li>
 * </ul>
 * A mark is a claim the message makes, not proof of review: only the code host's export can say
 * whether the pull request was approved. A {@code (#12)} anywhere but at the end of the subject is
 * a reference to another issue or pull request (or a revert's quoted subject), not a mark.
 *
 * @param host      the code host whose mark it is
 * @param number    the pull request's number; null for a commit marked only by GitHub's committer
 * @param reference the pull request as the host writes it ({@code #123}, {@code group/project!123}); null with {@code number}
 * @param sign      what shows it, for messages ("its subject ends in (#123), as GitHub's squash merges write it")
 */
public record PullRequestMark(Host host, Integer number, String reference, String sign) {
    /** The code hosts whose marks are recognised; only GitHub's pull requests can be read from an export. */
    public enum Host { GITHUB, GITLAB }

    private static final Pattern GITHUB_SQUASH = Pattern.compile("\\(#(\\d{1,9})\\)$");
    private static final Pattern GITHUB_MERGE = Pattern.compile("^Merge pull request #(\\d{1,9}) from (\\S+)");
    private static final Pattern GITLAB_MERGE = Pattern.compile("^See merge request (\\S*)!(\\d{1,9})\\s*$", Pattern.MULTILINE);
    /** The committer GitHub writes on commits it makes itself (merge buttons, web edits). */
    static final String GITHUB_WEB_FLOW_EMAIL = "noreply@github.com";

    /** The mark {@code commit} carries, if any; a number in the message wins over the committer alone. */
    public static Optional<PullRequestMark> of(CommitInfo commit) {
        String subject = commit.subject() == null ? "" : commit.subject().strip();
        String message = commit.message() == null ? "" : commit.message();
        boolean onGitHub = isGitHubWebFlow(commit.committer());
        String byGitHub = onGitHub ? " and GitHub committed it" : "";
        Matcher m = GITHUB_MERGE.matcher(subject);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            return Optional.of(new PullRequestMark(Host.GITHUB, n, "#" + n, "its subject is GitHub's merge message for pull request #" + n + " from "
                    + m.group(2) + byGitHub));
        }
        m = GITHUB_SQUASH.matcher(subject);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            return Optional.of(new PullRequestMark(Host.GITHUB, n, "#" + n, "its subject ends in (#" + n + "), as GitHub's squash merges write it" + byGitHub));
        }
        m = GITLAB_MERGE.matcher(message);
        if (m.find()) {
            int n = Integer.parseInt(m.group(2));
            String ref = m.group(1) + "!" + n;
            return Optional.of(new PullRequestMark(Host.GITLAB, n, ref, "its message says \"See merge request " + ref + "\", as GitLab writes it"));
        }
        if (onGitHub) {
            return Optional.of(new PullRequestMark(Host.GITHUB, null, null, "GitHub committed it (committer GitHub <" + GITHUB_WEB_FLOW_EMAIL
                    + ">): a pull request merged on github.com, or an edit made there in the browser"));
        }
        return Optional.empty();
    }

    private static boolean isGitHubWebFlow(Person committer) {
        return committer != null && committer.email() != null && committer.email().toLowerCase(Locale.ROOT).equals(GITHUB_WEB_FLOW_EMAIL);
    }

    /** "pull request #12", "merge request group/project!12", or "a pull request" when the number is not known. */
    public String describe() {
        if (number == null) return "a pull request";
        return host == Host.GITHUB ? "pull request " + reference : "merge request " + reference;
    }
}
