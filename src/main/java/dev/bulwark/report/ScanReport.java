package dev.bulwark.report;

import dev.bulwark.finding.BaselineComparison;
import dev.bulwark.finding.ContentFingerprint;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.RequirementResult;
import dev.bulwark.rule.Severity;
import dev.bulwark.rule.Status;

import java.nio.file.Path;
import java.util.List;

/**
 * What every scan report is written from: the scan's result, the policy and each requirement's
 * status, the failure threshold (null for none), the tool version and the source root that SARIF
 * writes file URIs relative to (see {@link SourceRoot}; findings' relative file paths are relative
 * to the working directory), and the baseline comparison when {@code --baseline} was given (else null).
 */
public record ScanReport(ScanResult result, PolicyCatalogue policy, List<RequirementResult> requirements, Severity failOn,
                         String toolVersion, Path sourceRoot, BaselineComparison baseline) {
    public ScanReport {
        requirements = List.copyOf(requirements);
    }

    /** A report without a baseline to compare with. */
    public ScanReport(ScanResult result, PolicyCatalogue policy, List<RequirementResult> requirements, Severity failOn,
                      String toolVersion, Path sourceRoot) {
        this(result, policy, requirements, failOn, toolVersion, sourceRoot, null);
    }

    /** The same report, each failed or undecided finding marked new or existing against {@code comparison}. */
    public ScanReport withBaseline(BaselineComparison comparison) {
        return new ScanReport(result, policy, requirements, failOn, toolVersion, sourceRoot, comparison);
    }

    /** Blocking failures that the baseline does not hold: the ones {@code --fail-on-new} fails on. */
    public long blockingNewFailures() {
        if (failOn == null || baseline == null) return 0;
        return result.findings().stream().filter(f -> isBlocking(f, failOn) && baseline.isNew(f)).count();
    }

    /** Content fingerprints for this scan's findings (see {@link ContentFingerprint}). */
    public ContentFingerprint fingerprints() {
        return ContentFingerprint.of(result.model());
    }

    /** Unsuppressed failures at or above the threshold: the ones that fail the run. */
    public long blockingFailures() {
        if (failOn == null) return 0;
        return result.findings().stream().filter(f -> isBlocking(f, failOn)).count();
    }

    public static boolean isBlocking(Finding f, Severity threshold) {
        return threshold != null && f.status() == Status.FAIL && !f.suppressed() && f.rule().metadata().severity().atLeast(threshold);
    }

    public long count(Status status) {
        return result.findings().stream().filter(f -> f.status() == status && !f.suppressed()).count();
    }

    public long suppressedCount() {
        return result.findings().stream().filter(Finding::suppressed).count();
    }
}
