package dev.bulwark.process;

import dev.bulwark.evidence.EvidenceIndex;

import java.util.List;

/**
 * The ledger as {@code bulwark status} saw it.
 *
 * @param ledger    where it is, for people (the directory, or the JDBC URL without password)
 * @param exists    false when there is no ledger yet (nothing was recorded)
 * @param integrity the 3.7.5 result from verifying it, or null when there is no ledger
 */
public record EvidenceSnapshot(String ledger, boolean exists, EvidenceIndex index, ProcessResult integrity) {
    public static EvidenceSnapshot none(String ledger) {
        return new EvidenceSnapshot(ledger, false, EvidenceIndex.of(List.of()), null);
    }
}
