package dev.bulwark.rule;

import java.util.Collection;

/**
 * The result of one check on one resource. UNKNOWN is never turned into PASS or FAIL; NOT_APPLICABLE
 * (the resource is not of the kind the check is about) is never counted as PASS.
 */
public enum Status {
    PASS, FAIL, UNKNOWN, NOT_APPLICABLE;

    /**
     * Several checks taken together: FAIL if any failed, else UNKNOWN if any was undecided, else PASS if
     * any passed; with none that applied, NOT_APPLICABLE, since only checks that applied can pass.
     */
    public static Status overall(Collection<Status> statuses) {
        if (statuses.contains(FAIL)) return FAIL;
        if (statuses.contains(UNKNOWN)) return UNKNOWN;
        return statuses.contains(PASS) ? PASS : NOT_APPLICABLE;
    }
}
