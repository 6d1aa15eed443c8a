package dev.bulwark.policy;

/** Where one requirement stands after a scan. */
public enum RequirementStatus {
    /** At least one unsuppressed check failed. */
    FAIL,
    /** No failure, but some check could not be decided. */
    UNKNOWN,
    /** Every applicable check passed. */
    PASS,
    /** Rules exist for it, but nothing in the scanned sources is of a kind they check. */
    NO_RESOURCES,
    /** No rule checks it (yet): evidence, documents, or a gap in coverage. */
    NOT_COVERED
}
