package dev.bulwark.engine.exports;

import dev.bulwark.evidence.EvidenceKind;
import dev.bulwark.model.export.ExportKind;

import java.util.List;

/**
 * How an ingested export is filed in the evidence ledger: the evidence kind and the requirements
 * it serves.
 *
 * <p>Scanner and baseline results are {@code vulnerability-scan} evidence: each is a scan of its
 * target on its date (3.2.3), and also the input of the patch SLA check (3.2.4) or the hardening
 * baseline check (3.2.1). Identity exports are {@code other}, not {@code access-review}: a
 * downloaded credential report or roster is the material checks read, not a review a person did,
 * and must not be mistaken for the quarterly privileged access review (3.3.3). They serve the
 * requirements of the checks that read them, including the leavers check (3.3.4), which reads the
 * roster and the credential report as well as the leavers list.
 */
public final class ExportEvidence {
    private ExportEvidence() {}

    public static EvidenceKind evidenceKind(ExportKind kind) {
        return switch (kind) {
            case TRIVY, GRYPE, XCCDF, LYNIS -> EvidenceKind.VULNERABILITY_SCAN;
            case CREDENTIAL_REPORT, ROSTER, TERMINATIONS -> EvidenceKind.OTHER;
        };
    }

    /** Requirement ids, in policy order. */
    public static List<String> requirements(ExportKind kind) {
        return switch (kind) {
            case TRIVY, GRYPE -> List.of("3.2.3", "3.2.4");
            case XCCDF, LYNIS -> List.of("3.2.1", "3.2.3");
            case CREDENTIAL_REPORT -> List.of("3.3.1", "3.3.4", "3.4.4");
            case ROSTER -> List.of("3.3.1", "3.3.2", "3.3.4");
            case TERMINATIONS -> List.of("3.3.4");
        };
    }
}
