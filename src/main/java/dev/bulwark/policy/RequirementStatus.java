package dev.bulwark.policy;

/** Where one requirement stands after a scan. */
public enum RequirementStatus {
    /** At least one unsuppressed check failed. */
    FAIL,
    /** No failure, but some check could not be decided. */
    UNKNOWN,
    /** Every applicable check passed, and at least one check applied. */
    PASS,
    /** Rules ran on resources of their types, but none of those resources is of the kind the rules are about. */
    NO_APPLICABLE_RESOURCES,
    /** Rules exist for it, but nothing in the scanned sources is of a kind they check. */
    NO_RESOURCES,
    /** No rule checks it (yet): evidence, documents, or a gap in coverage. */
    NOT_COVERED;

    /** Every status, as JSON writes them, for messages: "FAIL, UNKNOWN, …". */
    public static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList());
    }
}
