package dev.bulwark.report;

import dev.bulwark.process.PolicyStatus;

/** What every status report is written from: the evaluated policy status and the tool's version. */
public record StatusReport(PolicyStatus status, String toolVersion) {
    /** Whether something fails: the run's exit status. */
    public boolean failed() {
        return status.failed();
    }
}
