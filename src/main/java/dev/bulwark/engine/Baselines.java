package dev.bulwark.engine;

import dev.bulwark.finding.Baseline;
import dev.bulwark.finding.BaselineComparison;
import dev.bulwark.finding.ContentFingerprint;
import dev.bulwark.finding.ScanResult;

/** Compares a scan with a baseline read by {@link BaselineReader}: each failed or undecided finding new or existing. */
public final class Baselines {
    private Baselines() {}

    public static BaselineComparison compare(Baseline baseline, ScanResult result) {
        return BaselineComparison.compare(baseline, result.findings(), ContentFingerprint.of(result.model()));
    }
}
