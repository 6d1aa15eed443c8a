package dev.bulwark.engine.exports;

import dev.bulwark.rule.FirstSeen;
import dev.bulwark.model.export.Vulnerability;
import dev.bulwark.model.export.VulnerabilityReport;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each vulnerability was first seen in each package of each scanned target, over every
 * vulnerability report in the ledger (Trivy and Grype alike: both name the target the same way).
 */
final class FirstSeenIndex {
    private final Map<FirstSeen.Key, Instant> earliest = new HashMap<>();

    FirstSeenIndex(List<VulnerabilityReport> reports) {
        for (VulnerabilityReport r : reports) {
            for (Vulnerability v : r.vulnerabilities()) {
                earliest.merge(new FirstSeen.Key(r.target(), v.id(), v.packageName()), r.scannedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    /**
     * First sightings as a scan made at {@code scannedAt} may count them: only scans before it. The
     * scan being judged is not its own earlier sighting; without an earlier one the patch SLA
     * check falls back to the advisory's publication date.
     */
    FirstSeen before(Instant scannedAt) {
        return (target, vulnerabilityId, packageName) -> Optional.ofNullable(earliest.get(new FirstSeen.Key(target, vulnerabilityId, packageName)))
                .filter(t -> t.isBefore(scannedAt));
    }
}
