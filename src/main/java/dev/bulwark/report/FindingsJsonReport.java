package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.finding.BaselineComparison;
import dev.bulwark.finding.BaselineEntry;
import dev.bulwark.finding.BaselineState;
import dev.bulwark.finding.ContentFingerprint;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.RelatedLocation;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.policy.RequirementResult;
import dev.bulwark.rule.RuleMetadata;
import dev.bulwark.rule.Status;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** {@code bulwark scan --format json}; the shape is versioned and described by docs/scan-results.schema.json. */
public final class FindingsJsonReport implements ScanRenderer {
    public static final String SCHEMA_VERSION = "1.3";

    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        write(report, out);
    }

    public static void write(ScanReport report, Writer out) throws IOException {
        Json.write(toJson(report), out);
    }

    public static ObjectNode toJson(ScanReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "bulwark");
        tool.put("version", report.toolVersion());
        ObjectNode policy = root.putObject("policy");
        policy.put("id", report.policy().id());
        policy.put("title", report.policy().title());
        ObjectNode summary = root.putObject("summary");
        summary.put("pass", report.count(Status.PASS));
        summary.put("fail", report.count(Status.FAIL));
        summary.put("unknown", report.count(Status.UNKNOWN));
        summary.put("notApplicable", report.count(Status.NOT_APPLICABLE));
        summary.put("suppressed", report.suppressedCount());
        summary.put("resources", report.result().model().resources().size());
        summary.put("filesRead", report.result().model().filesRead());
        summary.put("filesFailed", report.result().model().filesFailed());
        summary.put("rules", report.result().rules().size());
        if (report.failOn() == null) summary.putNull("failOn");
        else summary.put("failOn", report.failOn().name());
        summary.put("blockingFailures", report.blockingFailures());
        ArrayNode findings = root.putArray("findings");
        ContentFingerprint fingerprints = report.fingerprints();
        for (Finding f : report.result().findings()) findings.add(finding(f, report, fingerprints));
        ArrayNode requirements = root.putArray("requirements");
        for (RequirementResult r : report.requirements()) requirements.add(requirement(r));
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : report.result().diagnostics()) {
            ObjectNode n = diagnostics.addObject();
            n.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
            n.put("file", d.location().file());
            n.put("line", d.location().startLine());
            n.put("column", d.location().startColumn());
            n.put("message", d.message());
        }
        if (report.baseline() == null) root.putNull("baseline");
        else root.set("baseline", baseline(report.baseline()));
        return root;
    }

    /** The comparison's counts and the baseline's findings this run no longer has. */
    private static ObjectNode baseline(BaselineComparison c) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("file", c.baseline().source());
        n.put("new", c.count(BaselineState.NEW));
        n.put("existing", c.count(BaselineState.EXISTING));
        n.put("absent", c.count(BaselineState.ABSENT));
        ArrayNode absent = n.putArray("absentFindings");
        for (BaselineEntry e : c.absent()) {
            ObjectNode a = absent.addObject();
            a.put("rule", e.rule());
            a.put("status", e.status());
            a.put("resource", e.resourceAddress());
            if (e.fingerprint() == null) a.putNull("fingerprint");
            else a.put("fingerprint", e.fingerprint());
            a.put("file", e.file());
            a.put("line", e.line());
            a.put("message", e.message());
        }
        return n;
    }

    private static ObjectNode finding(Finding f, ScanReport report, ContentFingerprint fingerprints) {
        RuleMetadata m = f.rule().metadata();
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("rule", m.id());
        n.put("status", f.status().name());
        n.put("severity", m.severity().name());
        n.set("requirements", Json.strings(m.requirements()));
        n.set("soc2", Json.strings(report.policy().soc2For(m.requirements())));
        ObjectNode resource = n.putObject("resource");
        resource.put("address", f.resourceAddress());
        resource.put("type", f.resourceType());
        n.set("location", Json.location(f.location()));
        if (f.attributeLocation() == null) n.putNull("attributeLocation");
        else n.set("attributeLocation", Json.location(f.attributeLocation()));
        ArrayNode related = n.putArray("locations");
        for (RelatedLocation r : f.related()) related.add(Json.location(r.location()).put("message", r.message()));
        n.put("message", f.message());
        n.put("fingerprint", fingerprints.fingerprint(f));
        BaselineState state = report.baseline() == null ? null : report.baseline().state(f);
        if (state == null) n.putNull("baselineState");
        else n.put("baselineState", state.word);
        n.put("suppressed", f.suppressed());
        if (f.suppressed()) {
            ObjectNode s = n.putObject("suppression");
            s.put("reason", f.suppression().reason());
            if (f.suppression().until() == null) s.putNull("until");
            else s.put("until", f.suppression().until().toString());
            s.put("declaredAt", f.suppression().declaredAt().toString());
        }
        return n;
    }

    private static ObjectNode requirement(RequirementResult r) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", r.requirement().id());
        n.put("title", r.requirement().title());
        n.put("status", r.status().name());
        n.put("pass", r.passed());
        n.put("fail", r.failed());
        n.put("unknown", r.unknown());
        n.put("notApplicable", r.notApplicable());
        n.put("suppressed", r.suppressed());
        n.set("soc2", Json.strings(r.requirement().soc2()));
        n.set("rules", Json.strings(r.ruleIds()));
        return n;
    }
}
