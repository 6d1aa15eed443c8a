package dev.bulwark.process;

import dev.bulwark.finding.Finding;
import dev.bulwark.policy.PolicyCatalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole policy at a glance on one day: one line per requirement, and the process results as
 * findings for the usual reports.
 *
 * @param configResults the scan side, or null when neither --scan nor --results was given
 * @param notes         things worth a look that are not results (records naming undeclared systems)
 */
public record PolicyStatus(PolicyCatalogue policy, LocalDate today, ProcessConfig config, ConfigResults configResults,
                           EvidenceSnapshot evidence, List<RequirementLine> lines, List<String> notes) {
    public PolicyStatus {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    public List<ProcessResult> processResults() {
        return lines.stream().flatMap(l -> l.results().stream()).toList();
    }

    /** The process results as findings, in requirement order. */
    public List<Finding> findings() {
        return processResults().stream().map(ProcessResult::toFinding).toList();
    }

    /** Recurring work that is overdue or was never done (evidence cadences, document reviews). */
    public List<ProcessResult> overdue() {
        return processResults().stream().filter(PolicyStatus::isLateWork).toList();
    }

    public List<ProcessResult> dueSoon() {
        return processResults().stream().filter(r -> r.status() == ProcessStatus.DUE_SOON).toList();
    }

    /** Failing or undecided process results other than late work: missing documents or fields, a damaged ledger. */
    public List<ProcessResult> otherProblems() {
        return processResults().stream()
                .filter(r -> (r.status() == ProcessStatus.FAIL || r.status() == ProcessStatus.UNKNOWN) && !isLateWork(r))
                .toList();
    }

    private static boolean isLateWork(ProcessResult r) {
        return r.timing() != null && r.status() == ProcessStatus.FAIL;
    }

    public long count(LineStatus s) {
        return lines.stream().filter(l -> l.status() == s).count();
    }

    /** True when some requirement fails: the exit code is then 1. */
    public boolean failed() {
        return count(LineStatus.FAIL) > 0;
    }
}
