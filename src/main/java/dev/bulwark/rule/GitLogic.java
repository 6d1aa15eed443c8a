package dev.bulwark.rule;

import dev.bulwark.model.change.ChangeHistory;

import java.util.List;
import java.util.Objects;

/** One {@code git:} entry of a rule: the check that judges a repository's change history. */
public record GitLogic(GitCheck check) {
    public GitLogic {
        Objects.requireNonNull(check, "check");
    }

    public List<ChangeVerdict> evaluate(ChangeHistory history, GitContext context) {
        return check.evaluate(history, context);
    }
}
