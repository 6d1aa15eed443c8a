package dev.bulwark.rule;

/**
 * The result of one check on one resource. UNKNOWN is never turned into PASS or FAIL; NOT_APPLICABLE
 * (the resource is not of the kind the check is about) is never counted as PASS.
 */
public enum Status {
    PASS, FAIL, UNKNOWN, NOT_APPLICABLE
}
