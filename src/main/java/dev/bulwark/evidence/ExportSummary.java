package dev.bulwark.evidence;

import java.nio.file.Path;

/**
 * What {@link EvidenceLedger#export(Path)} did. When verification failed nothing was written:
 * a bundle is only made from a ledger that checks out.
 *
 * @param files files written (records, attachments, manifest), not counting SHA256SUMS
 */
public record ExportSummary(VerificationReport verification, Path directory, int records, int attachments, int files) {
    public boolean written() {
        return verification.ok();
    }
}
