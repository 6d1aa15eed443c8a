package dev.bulwark.model;

import java.util.Set;

/**
 * A suppression a source read from the resource itself rather than from a comment, such as an
 * annotation on a Kubernetes object. The engine applies it as it applies an inline comment: it needs
 * a reason, and past its date it stops suppressing.
 *
 * @param rules  the rule ids (or aliases) it names
 * @param reason why, null when none was given (then it is reported, not applied)
 * @param until  the last day it applies as written (e.g. 2027-03-31), null for no end
 * @param at     where it is written
 */
public record DeclaredSuppression(Set<String> rules, String reason, String until, SourceLocation at) {
    public DeclaredSuppression {
        rules = Set.copyOf(rules);
    }
}
