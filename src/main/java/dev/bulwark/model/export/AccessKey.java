package dev.bulwark.model.export;

/**
 * One of the two access key slots of an IAM user in the credential report.
 *
 * @param number          1 or 2
 * @param lastUsedRegion  as written: a region, or N/A
 * @param lastUsedService as written: a service name, or N/A
 */
public record AccessKey(int number, boolean active, ReportTime lastRotated, ReportTime lastUsed, String lastUsedRegion,
                        String lastUsedService) {
    /** A deleted key shows as inactive with no rotation date; an inactive key that exists still has one. */
    public boolean exists() {
        return active || lastRotated.known();
    }
}
