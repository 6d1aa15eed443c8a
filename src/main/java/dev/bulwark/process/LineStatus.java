package dev.bulwark.process;

import dev.bulwark.rule.Status;

/**
 * Where one requirement (or one side of it: config, evidence, documents) stands in {@code bulwark status}.
 * Decided statuses first, worst first; then the ways of not being decided.
 */
public enum LineStatus {
    /** Something fails: a config check, overdue or missing evidence, a missing or stale document. */
    FAIL,
    /** Nothing fails, but something could not be decided (a config check on an unknown value, an unverifiable ledger). */
    UNKNOWN,
    /** Everything passes, but some recurring work falls due within 14 days. */
    DUE_SOON,
    PASS,
    /** Checks exist but nothing in scope needs them (no production systems; no resources of the types checked). */
    NOT_APPLICABLE,
    /** Checks exist but were not run this time (configuration without --scan or --results). */
    NOT_CHECKED,
    /** Nothing checks it: no rule, no cadence check, no configured document. */
    NOT_COVERED;

    public boolean decided() {
        return ordinal() <= PASS.ordinal();
    }

    /** "DUE SOON", "NOT COVERED": for people. */
    public String label() {
        return name().replace('_', ' ');
    }

    public static LineStatus of(ProcessStatus s) {
        return switch (s) {
            case PASS -> PASS;
            case DUE_SOON -> DUE_SOON;
            case FAIL -> FAIL;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The line for rules' findings taken together ({@link Status#overall}). */
    public static LineStatus of(Status s) {
        return switch (s) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case UNKNOWN -> UNKNOWN;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
        };
    }

    /**
     * Several statuses as one: the worst decided one if any was decided; else not covered, else
     * not checked, else not applicable (a side nothing covers is a gap whatever else is run; a
     * side not run this time matters more than one that does not apply).
     */
    public static LineStatus combine(Iterable<LineStatus> statuses) {
        LineStatus decided = null;
        boolean notChecked = false, notCovered = false, any = false;
        for (LineStatus s : statuses) {
            any = true;
            if (s.decided()) {
                if (decided == null || s.ordinal() < decided.ordinal()) decided = s;
            } else if (s == NOT_CHECKED) {
                notChecked = true;
            } else if (s == NOT_COVERED) {
                notCovered = true;
            }
        }
        if (decided != null) return decided;
        if (notCovered || !any) return NOT_COVERED;
        if (notChecked) return NOT_CHECKED;
        return NOT_APPLICABLE;
    }
}
