package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;

import java.io.IOException;
import java.io.Writer;

/** {@code bulwark ingest --format json}: per file, the record that holds it and every finding of the export rules on it. */
public final class IngestJsonReport implements IngestRenderer {
    @Override
    public void render(IngestReport report, Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("kind", report.kind());
        ArrayNode files = root.putArray("files");
        for (IngestReport.File r : report.files()) {
            EvidenceRecord rec = r.record();
            ObjectNode n = files.addObject();
            n.put("file", r.path().toString());
            n.put("name", r.name());
            n.put("sha256", r.sha256());
            n.put("alreadyIngested", r.alreadyIngested());
            ObjectNode ev = n.putObject("evidence");
            ev.put("id", rec.id());
            ev.put("kind", rec.kind().slug());
            ev.set("requirements", Json.strings(rec.requirements()));
            ev.put("system", rec.system());
            ev.put("performedAt", rec.performedAt().text());
            ev.put("performedBy", rec.performedBy());
            ArrayNode findings = n.putArray("findings");
            for (Finding f : r.findings()) findings.add(finding(f));
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("stored", report.stored());
        summary.put("alreadyIngested", report.files().size() - report.stored());
        summary.put("fail", report.total(Status.FAIL));
        summary.put("unknown", report.total(Status.UNKNOWN));
        summary.put("pass", report.total(Status.PASS));
        Json.write(root, out);
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("rule", f.rule().id());
        n.put("status", f.status().name());
        n.put("severity", f.rule().metadata().severity().name());
        n.set("requirements", Json.strings(f.rule().metadata().requirements()));
        ObjectNode resource = n.putObject("resource");
        resource.put("address", f.resourceAddress());
        resource.put("type", f.resourceType());
        ObjectNode location = n.putObject("location");
        location.put("file", f.location().file());
        location.put("line", f.location().startLine());
        n.put("message", f.message());
        return n;
    }
}
