package dev.bulwark.rule.builtin.exports;

import dev.bulwark.finding.Item;
import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.Vulnerability;
import dev.bulwark.model.export.VulnerabilityReport;
import dev.bulwark.model.export.VulnerabilitySeverity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fixable vulnerabilities are patched within the SLA for their severity ({@code patch_sla_critical_days},
 * {@code patch_sla_high_days}, {@code patch_sla_medium_days}). A vulnerability's age counts from the
 * first ingested scan of the same target that saw it, else from the advisory's publication; the
 * message says which. Each overdue vulnerability fails on its own; one vulnerability whose age
 * cannot be known is UNKNOWN; the rest of the report (within the SLA, no fix published, a severity
 * without an SLA) passes as one summary.
 */
public final class PatchSla implements ExportCheck {
    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.TRIVY, ExportKind.GRYPE);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        VulnerabilityReport report = Exports.as(export, VulnerabilityReport.class, getClass());
        Instant now = context.now();
        List<ExportOutcome> out = new ArrayList<>();
        int within = 0, noFix = 0, noSla = 0;
        for (Vulnerability v : report.vulnerabilities()) {
            if (!v.fixable()) {
                noFix++;
                continue;
            }
            Long sla = slaDays(v.severity(), context);
            if (sla == null) {
                noSla++;
                continue;
            }
            String what = describe(report, v);
            Optional<Instant> first = context.firstSeen().firstSeen(report.target(), v.id(), v.packageName());
            Instant since;
            String from;
            if (first.isPresent()) {
                since = first.get();
                from = "counted from the first scan that saw it on " + Ages.date(since);
            } else if (v.published().isPresent()) {
                since = v.published().get();
                from = "counted from the advisory's publication on " + Ages.date(since) + " (no earlier scan of " + report.target() + " recorded)";
            } else {
                out.add(ExportOutcome.unknown(report.target(), what + ": its age is unknown: no earlier scan of " + report.target()
                        + " is recorded and the " + report.kind().id() + " report gives no publication date", report.file(), v.line())
                        .withItem(item(report, v)));
                continue;
            }
            if (!Ages.olderThanDays(since, now, sla)) {
                within++;
                continue;
            }
            out.add(ExportOutcome.fail(report.target(), what + ": open " + Ages.days(Ages.daysBetween(since, now)) + ", " + from
                    + "; the patch SLA for " + v.severity() + " is " + Ages.days(sla), report.file(), v.line()).withItem(item(report, v)));
        }
        if (within + noFix + noSla > 0 || report.vulnerabilities().isEmpty()) {
            String summary = report.vulnerabilities().isEmpty()
                    ? report.target() + ": the " + report.kind().id() + " scan of " + Ages.date(report.scannedAt()) + " reports no vulnerabilities"
                    : report.target() + ": " + count(within, "fixable vulnerability", "fixable vulnerabilities") + " within the patch SLA, "
                    + count(noFix, "vulnerability", "vulnerabilities") + " without a published fix, "
                    + count(noSla, "fixable vulnerability", "fixable vulnerabilities") + " of a severity without a patch SLA (low, negligible, unknown)";
            out.add(ExportOutcome.pass(report.target(), summary, report.file(), report.line()));
        }
        return out;
    }

    /** The SLA in days for a severity, or null when the policy sets none (low, negligible, unknown). */
    private static Long slaDays(VulnerabilitySeverity s, ExportContext context) {
        return switch (s) {
            case CRITICAL -> context.number("patch_sla_critical_days");
            case HIGH -> context.number("patch_sla_high_days");
            case MEDIUM -> context.number("patch_sla_medium_days");
            case LOW, NEGLIGIBLE, UNKNOWN -> null;
        };
    }

    private static Item item(VulnerabilityReport report, Vulnerability v) {
        return Item.vulnerability(v.id(), v.packageName(), v.installedVersion(), v.severity().toString(), report.target());
    }

    private static String describe(VulnerabilityReport report, Vulnerability v) {
        // Trivy names OS package results "<target> (<distribution>)": only other locations add anything.
        String where = v.location().isEmpty() || v.location().startsWith(report.target()) ? "" : " (" + v.location() + ")";
        return v.severity() + " " + v.id() + " in " + v.packageName() + " " + v.installedVersion() + where
                + ", fixed in " + String.join(", ", v.fixedVersions());
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
