package dev.bulwark.rule;

/** The result of one check on one resource. UNKNOWN is never turned into PASS or FAIL. */
public enum Status {
    PASS, FAIL, UNKNOWN
}
