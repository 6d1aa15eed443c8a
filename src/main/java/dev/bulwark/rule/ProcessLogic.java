package dev.bulwark.rule;

import java.util.regex.Pattern;

/**
 * One {@code process:} entry of a rule: the name of the check that judges the organisation's
 * recurring work (evidence in the ledger against its cadence, reviewed documents). The checks
 * themselves live with {@code bulwark status}; the rule file only declares the metadata their
 * findings carry, so those findings look like any other.
 */
public record ProcessLogic(String check) {
    /** Check names: lower-case words joined by dashes, e.g. {@code restore-test-cadence}. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public ProcessLogic {
        if (check == null || !NAME.matcher(check).matches()) throw new IllegalArgumentException("not a process check name: " + check);
    }
}
