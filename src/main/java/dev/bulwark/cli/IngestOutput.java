package dev.bulwark.cli;

import dev.bulwark.report.Json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.engine.exports.ExportEvaluation;
import dev.bulwark.engine.exports.IngestResult;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;
import dev.bulwark.source.export.ExportKind;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The output of {@code bulwark ingest}: per file, the record that holds it and the export rules'
 * findings on it. The console shows failures and unknowns in full and counts passes; JSON has all.
 */
final class IngestOutput {
    private static final ObjectMapper JSON = Json.MAPPER;

    private IngestOutput() {}

    static void console(List<IngestResult> results, List<ExportEvaluation> evaluations, PrintWriter out) {
        for (int i = 0; i < results.size(); i++) {
            IngestResult r = results.get(i);
            EvidenceRecord rec = r.record();
            String what = rec.kind().slug() + " for " + String.join(", ", rec.requirements()) + " on " + rec.system() + ", performed "
                    + rec.performedAt().text();
            if (r.alreadyIngested()) out.printf("%s: already ingested as %s (%s); nothing stored%n", r.file().path(), rec.id(), what);
            else out.printf("%s: stored as %s: %s%n", r.file().path(), rec.id(), what);
            ExportEvaluation e = evaluations.get(i);
            for (Finding f : e.findings()) {
                if (f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE) continue;
                String at = f.location().startLine() > 0 ? f.location().file() + ":" + f.location().startLine() : f.location().file();
                out.printf("  %-7s  %s  %s  %s  %s%n", f.status(), f.rule().id(), f.rule().metadata().severity(), at, f.message());
            }
            long passed = e.count(Status.PASS);
            if (passed > 0) out.printf("  %d passed (--format json lists them)%n", passed);
            if (e.findings().isEmpty()) out.println("  no export rule judges this file");
        }
        long stored = results.stream().filter(r -> !r.alreadyIngested()).count();
        out.printf("%d stored, %d already ingested; findings: %d fail, %d unknown, %d pass%n", stored, results.size() - stored,
                total(evaluations, Status.FAIL), total(evaluations, Status.UNKNOWN), total(evaluations, Status.PASS));
    }

    static void json(ExportKind kind, List<IngestResult> results, List<ExportEvaluation> evaluations, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", kind.id());
        ArrayNode files = root.putArray("files");
        for (int i = 0; i < results.size(); i++) {
            IngestResult r = results.get(i);
            EvidenceRecord rec = r.record();
            ObjectNode n = files.addObject();
            n.put("file", r.file().path().toString());
            n.put("name", r.file().name());
            n.put("sha256", r.file().sha256());
            n.put("alreadyIngested", r.alreadyIngested());
            ObjectNode ev = n.putObject("evidence");
            ev.put("id", rec.id());
            ev.put("kind", rec.kind().slug());
            ev.set("requirements", Json.strings(rec.requirements()));
            ev.put("system", rec.system());
            ev.put("performedAt", rec.performedAt().text());
            ev.put("performedBy", rec.performedBy());
            ArrayNode findings = n.putArray("findings");
            for (Finding f : evaluations.get(i).findings()) findings.add(finding(f));
        }
        ObjectNode summary = root.putObject("summary");
        long stored = results.stream().filter(r -> !r.alreadyIngested()).count();
        summary.put("stored", stored);
        summary.put("alreadyIngested", results.size() - stored);
        summary.put("fail", total(evaluations, Status.FAIL));
        summary.put("unknown", total(evaluations, Status.UNKNOWN));
        summary.put("pass", total(evaluations, Status.PASS));
        try {
            JSON.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = JSON.createObjectNode();
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

    private static long total(List<ExportEvaluation> evaluations, Status status) {
        return evaluations.stream().mapToLong(e -> e.count(status)).sum();
    }

}
