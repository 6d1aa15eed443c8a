package dev.bulwark.report;

import dev.bulwark.finding.Finding;
import dev.bulwark.process.ConfigFailure;
import dev.bulwark.process.LineStatus;
import dev.bulwark.process.Part;
import dev.bulwark.process.PolicyStatus;
import dev.bulwark.process.ProcessResult;
import dev.bulwark.process.RequirementLine;
import dev.bulwark.rule.RuleMetadata;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bulwark status --format oscal}: the policy status as OSCAL 1.1.3 assessment results for GRC
 * tools. An observation per check behind each requirement (evidence cadences, documents, exports,
 * changes, the ledger, and the configuration checks that failed or were undecided), and a finding
 * per requirement with a determination: satisfied when it passes (or passes with work due soon), not
 * satisfied when it fails or is undecided. Requirements nothing decided (not checked, not
 * applicable, not covered) get no finding.
 */
public final class OscalStatusReport implements StatusRenderer {
    private final Instant time;

    /** @param time when the status was taken */
    public OscalStatusReport(Instant time) {
        this.time = time;
    }

    @Override
    public void render(StatusReport report, Writer out) throws IOException {
        Json.write(build(report).toJson(), out);
    }

    OscalAssessmentResults build(StatusReport report) {
        PolicyStatus s = report.status();
        String project = s.config().baseDir().toAbsolutePath().normalize().toString().replace('\\', '/');
        OscalAssessmentResults doc = new OscalAssessmentResults("status|" + project, s.policy(), time, report.toolVersion(),
                "Bulwark status of " + project + " against " + s.policy().id() + " " + s.policy().title() + " on " + s.today(),
                "Every requirement of " + s.policy().id() + " from the configuration checks, the evidence ledger ("
                        + s.evidence().ledger() + "), the configured documents and the ingested exports: "
                        + s.count(LineStatus.FAIL) + " fail, " + s.count(LineStatus.UNKNOWN) + " undecided, "
                        + (s.count(LineStatus.PASS) + s.count(LineStatus.DUE_SOON)) + " pass.");
        for (RequirementLine l : s.lines()) {
            List<String> related = new ArrayList<>();
            for (Part p : l.parts()) {
                for (Finding f : p.behind()) add(related, doc.observe(check(f)));
            }
            for (ProcessResult r : l.results()) add(related, doc.observe(check(r.toFinding())));
            for (ConfigFailure f : l.configFailures()) add(related, doc.observe(check(f)));
            LineStatus st = l.status();
            if (!st.decided()) continue;
            boolean satisfied = st == LineStatus.PASS || st == LineStatus.DUE_SOON;
            List<String> parts = new ArrayList<>();
            for (Part p : l.parts()) parts.add(p.kind().label() + ": " + p.summary());
            doc.find(l.requirement(), satisfied, st != LineStatus.UNKNOWN, st.name(), st.label() + ". " + String.join("; ", parts), related);
        }
        return doc;
    }

    private static void add(List<String> into, String uuid) {
        if (!into.contains(uuid)) into.add(uuid);
    }

    private static OscalAssessmentResults.Check check(Finding f) {
        RuleMetadata m = f.rule().metadata();
        return new OscalAssessmentResults.Check(m.id(), m.title(), f.status().name(), m.severity().name(), m.requirements(),
                f.resourceAddress(), f.resourceType(), f.primaryLocation().file(), f.primaryLocation().startLine(), f.message(), f.suppressed());
    }

    /** A configuration check from a scan's failures: its location is {@code file:line}. */
    private static OscalAssessmentResults.Check check(ConfigFailure f) {
        String file = f.location();
        int line = 0;
        int colon = file.lastIndexOf(':');
        if (colon > 0 && file.substring(colon + 1).matches("\\d+")) {
            line = Integer.parseInt(file.substring(colon + 1));
            file = file.substring(0, colon);
        }
        return new OscalAssessmentResults.Check(f.rule(), f.rule(), f.status().name(), f.severity(), f.requirements(), f.resourceAddress(),
                null, file, line, f.message(), false);
    }
}
