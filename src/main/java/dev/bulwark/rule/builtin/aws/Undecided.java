package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;

/**
 * The first unknown value a Java check met. A check keeps looking for a definite answer and only
 * reports UNKNOWN when none was found, like CEL does with {@code ||} over unknowns.
 */
final class Undecided {
    private Outcome outcome;

    void note(String what, Value.Unknown u, String attribute) {
        if (outcome == null) outcome = Outcome.unknown("cannot decide: " + what + " is unknown (" + u.describe() + ")", attribute);
    }

    /** UNKNOWN for the first noted value, or null when nothing was unknown. */
    Outcome outcome() {
        return outcome;
    }
}
