package dev.bulwark.process;

import dev.bulwark.rule.Status;

/** The outcome of one process check: done in time, due within {@value Timeliness#DUE_SOON_DAYS} days, failed, or undecidable. */
public enum ProcessStatus {
    PASS, DUE_SOON, FAIL, UNKNOWN;

    /** As a finding status: due-soon still passes (the finding's message says it is due). */
    public Status findingStatus() {
        return switch (this) {
            case PASS, DUE_SOON -> Status.PASS;
            case FAIL -> Status.FAIL;
            case UNKNOWN -> Status.UNKNOWN;
        };
    }
}
