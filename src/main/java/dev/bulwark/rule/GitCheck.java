package dev.bulwark.rule;

import dev.bulwark.model.change.ChangeHistory;

import java.util.List;

/**
 * A rule's logic for a repository's change history: judges the changes that landed on a branch in
 * a period. Pure: the same history and context give the same verdicts.
 */
public interface GitCheck {
    /** One verdict per change judged, in history order (oldest first). */
    List<ChangeVerdict> evaluate(ChangeHistory history, GitContext context);
}
