package dev.bulwark.process;

import dev.bulwark.finding.Finding;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Rule;

/**
 * One process check's result on one subject (a system, a document, the ledger), with the dates
 * behind it. {@link #toFinding()} makes it a finding like any other.
 *
 * @param subject      the finding's resource address: {@code system:payments}, {@code document:docs/ir.md}, {@code ledger:.bulwark}
 * @param resourceType the finding's resource type: {@code evidence:restore-test}, {@code document:runbook}, {@code evidence:ledger}
 * @param location     the system's line in {@code .bulwark.yaml}, or the document (at the line concerned where there is one)
 * @param timing       the cadence arithmetic, or null for checks without a cadence (a missing RTO, the ledger's integrity)
 * @param evidenceId   the ledger record the result rests on, or null
 */
public record ProcessResult(Rule rule, ProcessStatus status, String requirement, String subject, String resourceType,
                            SourceLocation location, String message, Timeliness timing, String evidenceId) {
    public Finding toFinding() {
        return new Finding(rule, status.findingStatus(), subject, resourceType, location, null, message, null);
    }
}
