package dev.bulwark.rule;

import dev.bulwark.model.change.ChangeSettings;
import dev.bulwark.model.change.PullRequestBundle;

import java.util.Objects;

/**
 * What a git check may use besides the history: the {@code changes} settings and the code host's
 * pull requests ({@link PullRequestBundle#none()} when no export was given).
 */
public record GitContext(ChangeSettings settings, PullRequestBundle pullRequests) {
    public GitContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(pullRequests, "pullRequests");
    }
}
