package dev.bulwark.report;

import dev.bulwark.finding.Finding;
import dev.bulwark.policy.RequirementResult;
import dev.bulwark.policy.RequirementStatus;
import dev.bulwark.rule.RuleMetadata;
import dev.bulwark.rule.Status;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bulwark scan --format oscal}: the scan as OSCAL 1.1.3 assessment results for GRC tools. An
 * observation per check (rule × resource), a finding per requirement the checks decided (satisfied
 * when it passes, not satisfied when it fails or is undecided), each finding pointing at the
 * observations of the rules that cover its requirement.
 */
public final class OscalScanReport implements ScanRenderer {
    private final Instant time;

    /** @param time when the scan ran: the results' start and the observations' collection time */
    public OscalScanReport(Instant time) {
        this.time = time;
    }

    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        Json.write(build(report).toJson(), out);
    }

    OscalAssessmentResults build(ScanReport report) {
        String root = report.sourceRoot().toString().replace('\\', '/');
        String where = root.isEmpty() ? "." : root;
        OscalAssessmentResults doc = new OscalAssessmentResults("scan|" + where, report.policy(), time, report.toolVersion(),
                "Bulwark scan against " + report.policy().id() + " " + report.policy().title(),
                "The configuration under " + where + " checked by " + report.result().rules().size() + " Bulwark rules: "
                        + report.count(Status.FAIL) + " failed, " + report.count(Status.UNKNOWN) + " undecided, "
                        + report.count(Status.PASS) + " passed, " + report.suppressedCount() + " suppressed.");
        List<Finding> findings = report.result().findings();
        List<String> uuids = new ArrayList<>();
        for (Finding f : findings) uuids.add(doc.observe(check(f)));
        for (RequirementResult r : report.requirements()) {
            if (r.status() != RequirementStatus.PASS && r.status() != RequirementStatus.FAIL && r.status() != RequirementStatus.UNKNOWN) continue;
            List<String> related = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (f.status() != Status.NOT_APPLICABLE && r.ruleIds().contains(f.rule().id()) && !related.contains(uuids.get(i))) related.add(uuids.get(i));
            }
            doc.find(r.requirement(), r.status() == RequirementStatus.PASS, r.status() != RequirementStatus.UNKNOWN, r.status().name(),
                    r.status().name() + ": " + r.passed() + " passed, " + r.failed() + " failed, " + r.unknown() + " undecided, "
                            + r.suppressed() + " suppressed (rules " + String.join(", ", r.ruleIds()) + ").", related);
        }
        return doc;
    }

    private static OscalAssessmentResults.Check check(Finding f) {
        RuleMetadata m = f.rule().metadata();
        return new OscalAssessmentResults.Check(m.id(), m.title(), f.status().name(), m.severity().name(), m.requirements(),
                f.resourceAddress(), f.resourceType(), f.primaryLocation().file(), f.primaryLocation().startLine(), f.message(), f.suppressed());
    }
}
