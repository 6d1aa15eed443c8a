package dev.bulwark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.Item;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.policy.RequirementKind;
import dev.bulwark.process.CadenceCheck;
import dev.bulwark.process.Cadences;
import dev.bulwark.process.ConfigFailure;
import dev.bulwark.process.ConfigResults;
import dev.bulwark.process.EvidenceSnapshot;
import dev.bulwark.process.LineStatus;
import dev.bulwark.process.Part;
import dev.bulwark.process.PolicyStatus;
import dev.bulwark.process.ProcessResult;
import dev.bulwark.process.RequirementConfig;
import dev.bulwark.process.RequirementLine;
import dev.bulwark.process.SystemDefinition;
import dev.bulwark.process.Timeliness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/** {@code bulwark status --format json}; docs/status.md describes every field. */
public final class StatusJsonReport implements StatusRenderer {
    public static final String SCHEMA_VERSION = "1.1";
    private static final ObjectMapper JSON = Json.MAPPER;

    @Override
    public void render(StatusReport report, Writer out) {
        PrintWriter w = new PrintWriter(out);
        write(report.status(), report.toolVersion(), w);
        w.flush();
    }

    public static void write(PolicyStatus s, String version, PrintWriter out) {
        try {
            JSON.writeValue(out, toJson(s, version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    public static ObjectNode toJson(PolicyStatus s, String version) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "bulwark");
        tool.put("version", version);
        ObjectNode policy = root.putObject("policy");
        policy.put("id", s.policy().id());
        policy.put("title", s.policy().title());
        root.put("date", s.today().toString());
        root.put("failed", s.failed());
        root.set("sources", sources(s));
        ArrayNode systems = root.putArray("systems");
        for (SystemDefinition d : s.config().systems()) {
            ObjectNode n = systems.addObject();
            n.put("name", d.name());
            n.put("environment", d.environment().slug());
            n.put("criticality", d.criticality().slug());
            n.set("tags", Json.strings(d.tags()));
            n.set("declaredAt", location(d.declaredAt()));
        }
        ObjectNode cadences = root.putObject("cadences");
        for (CadenceCheck c : CadenceCheck.values()) cadences.put(c.requirement(), s.config().cadences().days(c));
        cadences.put(Cadences.DOCUMENTS, s.config().cadences().documentDays());
        ObjectNode summary = root.putObject("summary");
        summary.put("requirements", s.lines().size());
        for (LineStatus st : LineStatus.values()) summary.put(camel(st), s.count(st));
        summary.put("overdueWork", s.overdue().size());
        summary.put("dueSoonWork", s.dueSoon().size());
        ArrayNode reqs = root.putArray("requirements");
        for (RequirementLine l : s.lines()) reqs.add(line(l));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : s.findings()) findings.add(finding(f, s));
        root.set("notes", Json.strings(s.notes()));
        return root;
    }

    private static ObjectNode sources(PolicyStatus s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("configFile", s.config().file());
        ConfigResults c = s.configResults();
        if (c == null) {
            n.putNull("config");
        } else {
            ObjectNode cn = n.putObject("config");
            cn.put("source", c.source());
            cn.put("writtenAt", c.scannedAt());
        }
        EvidenceSnapshot e = s.evidence();
        ObjectNode en = n.putObject("evidence");
        en.put("ledger", e.ledger());
        en.put("exists", e.exists());
        en.put("records", e.index().all().size());
        en.put("valid", e.index().valid().size());
        return n;
    }

    /** What one finding behind a part is about, its detail flat beside its kind and id, then the rule's verdict. */
    private static ObjectNode item(Finding f) {
        Item item = Item.of(f);
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", item.kind());
        n.put("id", item.id());
        item.detail().forEach(n::put);
        n.put("rule", f.rule().id());
        n.put("status", f.status().name());
        n.put("message", f.message());
        SourceLocation at = f.primaryLocation();
        n.put("location", at.file() + (at.startLine() > 0 ? ":" + at.startLine() : ""));
        return n;
    }

    private static ObjectNode line(RequirementLine l) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", l.requirement().id());
        n.put("title", l.requirement().title());
        n.put("section", l.requirement().sectionId());
        ArrayNode kinds = n.putArray("kinds");
        for (RequirementKind k : RequirementKind.values()) if (l.requirement().kinds().contains(k)) kinds.add(k.name().toLowerCase(Locale.ROOT));
        n.put("status", l.status().name());
        ArrayNode parts = n.putArray("parts");
        for (Part p : l.parts()) {
            ObjectNode pn = parts.addObject();
            pn.put("kind", p.kind().label());
            pn.put("status", p.status().name());
            pn.put("summary", p.summary());
            ArrayNode items = pn.putArray("items");
            for (Finding f : p.behind()) items.add(item(f));
        }
        RequirementConfig c = l.config();
        if (c == null) {
            n.putNull("config");
        } else {
            ObjectNode cn = n.putObject("config");
            cn.put("status", c.status().name());
            cn.put("pass", c.pass());
            cn.put("fail", c.fail());
            cn.put("unknown", c.unknown());
            cn.put("notApplicable", c.notApplicable());
            cn.put("suppressed", c.suppressed());
            cn.set("rules", Json.strings(c.rules()));
        }
        ArrayNode failures = n.putArray("configFailures");
        for (ConfigFailure f : l.configFailures()) {
            ObjectNode fn = failures.addObject();
            fn.put("rule", f.rule());
            fn.put("severity", f.severity());
            fn.put("status", f.status().name());
            fn.put("resource", f.resourceAddress());
            fn.put("location", f.location());
            fn.put("message", f.message());
        }
        ArrayNode results = n.putArray("results");
        for (ProcessResult r : l.results()) results.add(result(r));
        ArrayNode records = n.putArray("records");
        for (EvidenceRecord r : l.otherRecords()) {
            ObjectNode rn = records.addObject();
            rn.put("id", r.id());
            rn.put("kind", r.kind().slug());
            rn.put("system", r.system());
            rn.put("performedAt", r.performedAt().text());
        }
        return n;
    }

    private static ObjectNode result(ProcessResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("rule", r.rule().id());
        n.put("check", r.rule().process().isEmpty() ? null : r.rule().process().get(0).check());
        n.put("status", r.status().name());
        n.put("subject", r.subject());
        n.put("resourceType", r.resourceType());
        n.set("location", location(r.location()));
        n.put("message", r.message());
        Timeliness t = r.timing();
        if (t == null) {
            n.putNull("cadenceDays");
            n.putNull("lastDone");
            n.putNull("due");
            n.putNull("daysOverdue");
            n.putNull("daysLeft");
        } else {
            n.put("cadenceDays", t.cadenceDays());
            n.put("lastDone", t.last() == null ? null : t.last().toString());
            n.put("due", t.due() == null ? null : t.due().toString());
            if (t.overdue()) n.put("daysOverdue", t.days());
            else n.putNull("daysOverdue");
            if (t.never() || t.overdue()) n.putNull("daysLeft");
            else n.put("daysLeft", t.days());
        }
        n.put("evidence", r.evidenceId());
        return n;
    }

    /** The same shape as a finding of bulwark scan --format json (docs/scan-results.md). */
    private static ObjectNode finding(Finding f, PolicyStatus s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("rule", f.rule().id());
        n.put("status", f.status().name());
        n.put("severity", f.rule().metadata().severity().name());
        n.set("requirements", Json.strings(f.rule().metadata().requirements()));
        n.set("soc2", Json.strings(s.policy().soc2For(f.rule().metadata().requirements())));
        ObjectNode resource = n.putObject("resource");
        resource.put("address", f.resourceAddress());
        resource.put("type", f.resourceType());
        ObjectNode loc = n.putObject("location");
        loc.put("file", f.location().file());
        loc.put("startLine", f.location().startLine());
        loc.put("endLine", f.location().endLine());
        n.putNull("attributeLocation");
        n.put("message", f.message());
        n.put("suppressed", false);
        return n;
    }

    private static ObjectNode location(SourceLocation l) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", l.file());
        n.put("line", l.startLine());
        n.put("column", l.startColumn());
        return n;
    }


    /** NOT_APPLICABLE as notApplicable. */
    private static String camel(LineStatus s) {
        String[] words = s.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        return b.toString();
    }
}
