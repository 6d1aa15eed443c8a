package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * GitLab tokens by their documented prefixes (GitLab's "GitLab token overview": {@code glpat-}
 * personal, project and group access tokens; {@code gldt-} deploy; {@code glrt-} runner
 * authentication; {@code GR1348941} runner registration; {@code glptt-} pipeline trigger;
 * {@code glft-} feed; {@code glimt-} incoming mail; {@code glagent-} agent; {@code gloas-} OAuth
 * application secret; {@code glsoat-} SCIM; {@code glcbt-} CI/CD job). After the prefix: at least
 * 20 characters of {@code A-Za-z0-9_-}, optionally followed by the dot-separated parts of newer
 * routable tokens ({@code .01.…}).
 */
final class GitLabTokenDetector implements Detector {
    private static final int MIN = 20;
    private static final int MAX = 200;

    @Override
    public List<String> anchors() {
        return List.of("glpat-", "gldt-", "glrt-", "GR1348941", "glptt-", "glft-", "glimt-", "glagent-", "gloas-", "glsoat-", "glcbt-");
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (Chars.base64Url(Chars.at(text, at - 1))) return;
        int from = at + anchor.length();
        int n = Chars.run(text, from, MAX, Chars::base64Url);
        if (n < MIN || n >= MAX) return;
        int end = from + n;
        // Routable tokens: .<two digits>.<more token characters>
        while (Chars.at(text, end) == '.' && Chars.base64Url(Chars.at(text, end + 1))) {
            int part = Chars.run(text, end + 1, MAX, Chars::base64Url);
            end += 1 + part;
        }
        if (Placeholders.filler(text.subSequence(from, from + n))) return;
        out.accept(Candidate.of(SecretFamily.GITLAB_TOKEN, at, end, text.subSequence(at, end).toString(), "GitLab token (" + anchor + ")"));
    }
}
