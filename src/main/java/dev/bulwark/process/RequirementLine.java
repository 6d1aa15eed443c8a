package dev.bulwark.process;

import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.policy.Requirement;

import java.util.List;

/**
 * One requirement in {@code bulwark status}: its overall status, each side's status and summary,
 * and what lies behind them.
 *
 * @param config         the scan's counts for it, or null when no scan results were given or no rule covers it
 * @param configFailures failing or undecided config findings of the rules that cover it
 * @param results        the process checks' results for it (evidence cadences, documents, the ledger)
 * @param otherRecords   valid ledger records serving it that no cadence check judges (shown, not judged)
 */
public record RequirementLine(Requirement requirement, LineStatus status, List<Part> parts, RequirementConfig config,
                              List<ConfigFailure> configFailures, List<ProcessResult> results, List<EvidenceRecord> otherRecords) {
    public RequirementLine {
        parts = List.copyOf(parts);
        configFailures = List.copyOf(configFailures);
        results = List.copyOf(results);
        otherRecords = List.copyOf(otherRecords);
    }
}
