package dev.bulwark.report;

import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * {@code bulwark ingest} for people: per file, the record that holds it and the export rules'
 * failures and unknowns in full, passes counted; then the totals.
 */
public final class IngestConsoleReport implements IngestRenderer {
    @Override
    public void render(IngestReport report, Writer w) {
        PrintWriter out = new PrintWriter(w);
        for (IngestReport.File r : report.files()) {
            EvidenceRecord rec = r.record();
            String what = rec.kind().slug() + " for " + String.join(", ", rec.requirements()) + " on " + rec.system() + ", performed "
                    + rec.performedAt().text();
            if (r.alreadyIngested()) out.printf("%s: already ingested as %s (%s); nothing stored%n", r.path(), rec.id(), what);
            else out.printf("%s: stored as %s: %s%n", r.path(), rec.id(), what);
            for (Finding f : r.findings()) {
                if (f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE) continue;
                String at = f.location().startLine() > 0 ? f.location().file() + ":" + f.location().startLine() : f.location().file();
                out.printf("  %-7s  %s  %s  %s  %s%n", f.status(), f.rule().id(), f.rule().metadata().severity(), at, f.message());
            }
            long passed = r.count(Status.PASS);
            if (passed > 0) out.printf("  %d passed (--format json lists them)%n", passed);
            if (r.findings().isEmpty()) out.println("  no export rule judges this file");
        }
        out.printf("%d stored, %d already ingested; findings: %d fail, %d unknown, %d pass%n", report.stored(),
                report.files().size() - report.stored(), report.total(Status.FAIL), report.total(Status.UNKNOWN), report.total(Status.PASS));
        out.flush();
    }
}
