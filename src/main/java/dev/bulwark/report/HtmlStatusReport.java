package dev.bulwark.report;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.Item;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.policy.Requirement;
import dev.bulwark.process.ConfigFailure;
import dev.bulwark.process.ConfigResults;
import dev.bulwark.process.EvidenceSnapshot;
import dev.bulwark.process.LineStatus;
import dev.bulwark.process.Part;
import dev.bulwark.process.PolicyStatus;
import dev.bulwark.process.ProcessResult;
import dev.bulwark.process.ProcessStatus;
import dev.bulwark.process.RequirementLine;
import dev.bulwark.rule.RuleMetadata;
import dev.bulwark.rule.Status;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bulwark status} as one self-contained HTML page for an auditor: where the inputs came
 * from, every requirement with its status, SOC 2 criterion and sides, charts of the requirements by
 * status and of the overdue work, then what is wrong or due under each requirement (process
 * results, failing config checks, export and history findings) with the source lines where there
 * are some.
 */
public final class HtmlStatusReport implements StatusRenderer {
    @Override
    public void render(StatusReport report, Writer out) throws IOException {
        write(report.status(), report.toolVersion(), out);
    }

    private static final Pattern FILE_LINE = Pattern.compile("^(.*?):(\\d+)(?::\\d+)?$");

    private final Path workingDir;

    public HtmlStatusReport(Path workingDir) {
        this.workingDir = workingDir;
    }

    public static void write(PolicyStatus status, String toolVersion, Writer out) throws IOException {
        new HtmlStatusReport(Path.of("")).render(status, toolVersion, out);
    }

    public void render(PolicyStatus s, String toolVersion, Writer out) throws IOException {
        HtmlPage.head(out, "Bulwark status: " + s.policy().id() + ", " + s.today());
        header(s, toolVersion, out);
        requirements(s, out);
        charts(s, out);
        out.write("<h2 id=\"findings\">What is wrong or due, by requirement</h2>\n");
        Set<String> statuses = new LinkedHashSet<>(), severities = new LinkedHashSet<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (RequirementLine l : s.lines()) {
            for (ProcessResult r : openResults(l)) {
                statuses.add(r.status().name());
                severities.add(r.rule().metadata().severity().name());
                sections.put(l.requirement().sectionId(), l.requirement().sectionTitle());
            }
            for (ConfigFailure f : l.configFailures()) {
                statuses.add(f.status().name());
                severities.add(f.severity());
                sections.put(l.requirement().sectionId(), l.requirement().sectionTitle());
            }
            for (Finding f : behind(l)) {
                statuses.add(f.status().name());
                severities.add(f.rule().metadata().severity().name());
                sections.put(l.requirement().sectionId(), l.requirement().sectionTitle());
            }
        }
        if (statuses.isEmpty()) {
            out.write("<p>Nothing fails, is undecided or falls due soon.</p>\n");
        } else {
            HtmlPage.filters(out, List.of("FAIL", "UNKNOWN", "DUE_SOON").stream().filter(statuses::contains).toList(),
                    HtmlReport.SEVERITIES.stream().filter(severities::contains).toList(), sections);
        }
        SourceExcerpt source = new SourceExcerpt(workingDir, s.config().baseDir());
        for (RequirementLine l : s.lines()) group(l, source, out);
        if (!s.notes().isEmpty()) {
            out.write("<h2 id=\"notes\">Notes</h2>\n<ul>\n");
            for (String n : s.notes()) out.write("<li>" + HtmlPage.esc(n) + "</li>\n");
            out.write("</ul>\n");
        }
        HtmlPage.end(out);
    }

    private static void header(PolicyStatus s, String toolVersion, Writer out) throws IOException {
        out.write("<header>\n<h1>Bulwark status: " + HtmlPage.esc(s.policy().id() + " " + s.policy().title()) + "</h1>\n");
        out.write("<p class=\"meta\">As of " + s.today() + ", Bulwark " + HtmlPage.esc(toolVersion) + ".</p>\n<table>\n");
        ConfigResults c = s.configResults();
        row(out, "Configuration", c == null ? "not checked (no --scan or --results)"
                : c.source() + (c.scannedAt() != null ? " (written " + c.scannedAt() + ")" : ""));
        EvidenceSnapshot e = s.evidence();
        row(out, "Evidence", !e.exists() ? "no ledger at " + e.ledger()
                : e.ledger() + ": " + e.index().all().size() + " records, " + e.index().valid().size() + " valid; ledger "
                + switch (e.integrity().status()) {
                    case PASS, DUE_SOON -> "chain verified intact";
                    case FAIL -> "chain DAMAGED (see 3.7.5)";
                    case UNKNOWN -> "chain not verified (see 3.7.5)";
                });
        row(out, "Systems", s.config().systems().isEmpty() ? "none declared"
                : String.join(", ", s.config().systems().stream().map(x -> x.name() + " (" + x.environment() + ", " + x.criticality() + ")").toList()));
        row(out, "Documents", s.config().documents().isEmpty() ? "none configured" : s.config().documents().size() + " configured");
        List<String> totals = new ArrayList<>();
        for (LineStatus st : LineStatus.values()) if (s.count(st) > 0) totals.add(s.count(st) + " " + HtmlPage.label(st.name()));
        row(out, "Requirements", s.lines().size() + ": " + String.join(", ", totals));
        out.write("</table>\n</header>\n");
    }

    private static void row(Writer out, String what, String text) throws IOException {
        out.write("<tr><th>" + HtmlPage.esc(what) + "</th><td>" + HtmlPage.esc(text) + "</td></tr>\n");
    }

    private static void requirements(PolicyStatus s, Writer out) throws IOException {
        out.write("<h2 id=\"requirements\">Requirements</h2>\n<table>\n<thead><tr><th>Requirement</th><th>SOC 2</th><th>Status</th>"
                + "<th>Sides</th></tr></thead>\n<tbody>\n");
        for (RequirementLine l : s.lines()) {
            Requirement r = l.requirement();
            String name = HtmlPage.esc(r.id() + " " + r.title());
            boolean linked = hasDetail(l);
            List<String> sides = new ArrayList<>();
            for (Part p : l.parts()) sides.add(HtmlPage.esc(p.kind().label() + ": " + HtmlPage.label(p.status().name())
                    + (p.status() == LineStatus.PASS ? "" : " (" + p.summary() + ")")));
            out.write("<tr><td>" + (linked ? "<a href=\"#req-" + HtmlPage.esc(r.id()) + "\">" + name + "</a>" : name) + "</td><td>"
                    + HtmlPage.esc(String.join(", ", r.soc2())) + "</td><td class=\"st " + statusClass(l.status()) + "\">"
                    + HtmlPage.esc(HtmlPage.label(l.status().name())) + "</td><td>" + String.join("<br>", sides) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private static String statusClass(LineStatus s) {
        return switch (s) {
            case FAIL, UNKNOWN, DUE_SOON, PASS -> "st-" + s.name();
            default -> "st-other";
        };
    }

    private static void charts(PolicyStatus s, Writer out) throws IOException {
        out.write("<h2 id=\"charts\">Overview</h2>\n<div class=\"charts\">\n");
        List<HtmlPage.Bar> byStatus = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (LineStatus st : LineStatus.values()) {
            if (s.count(st) == 0) continue;
            keys.add(st.name());
            byStatus.add(new HtmlPage.Bar(HtmlPage.label(st.name()), Map.of(st.name(), s.count(st))));
        }
        HtmlPage.barChart(out, "Requirements by status", byStatus, keys, HtmlPage.STATUS_COLOURS);
        List<HtmlPage.Bar> overdue = new ArrayList<>();
        long never = 0;
        for (ProcessResult r : s.overdue()) {
            if (r.timing().never()) never++;
            else overdue.add(new HtmlPage.Bar(r.requirement() + " " + r.subject(), Map.of("FAIL", r.timing().days())));
        }
        HtmlPage.barChart(out, "Overdue work, days late" + (never > 0 ? " (and " + never + " never done)" : ""), overdue,
                List.of("FAIL"), Map.of("FAIL", HtmlPage.STATUS_COLOURS.get("FAIL")));
        out.write("</div>\n");
    }

    private static List<ProcessResult> openResults(RequirementLine l) {
        return l.results().stream().filter(r -> r.status() != ProcessStatus.PASS).toList();
    }

    private static List<Finding> behind(RequirementLine l) {
        return l.parts().stream().flatMap(p -> p.behind().stream()).filter(f -> f.status() != Status.PASS).toList();
    }

    private static boolean hasDetail(RequirementLine l) {
        return !openResults(l).isEmpty() || !l.configFailures().isEmpty() || !behind(l).isEmpty();
    }

    private static void group(RequirementLine l, SourceExcerpt source, Writer out) throws IOException {
        if (!hasDetail(l)) return;
        Requirement r = l.requirement();
        String section = r.sectionId();
        out.write("<section class=\"group\" id=\"req-" + HtmlPage.esc(r.id()) + "\">\n<h3>" + HtmlPage.esc(r.id() + " " + r.title()
                + " (SOC 2 " + String.join(", ", r.soc2()) + "): ") + "<span class=\"st " + statusClass(l.status()) + "\">"
                + HtmlPage.esc(HtmlPage.label(l.status().name())) + "</span></h3>\n");
        for (ProcessResult p : openResults(l)) {
            RuleMetadata m = p.rule().metadata();
            open(out, p.status().name(), m.severity().name(), section, m.id() + ": " + m.title());
            out.write("<p><code>" + HtmlPage.esc(p.subject()) + "</code> at <code>" + HtmlPage.esc(HtmlReport.place(p.location()))
                    + "</code>" + (p.timing() != null ? " &middot; " + HtmlPage.esc(p.timing().phrase()) : "") + "</p>\n");
            out.write("<p>" + HtmlPage.esc(p.message()) + "</p>\n");
            out.write("<p class=\"fix\"><b>Remediation:</b> " + HtmlPage.esc(m.remediation().strip()) + "</p>\n");
            source.write(p.location(), out);
            out.write("</article>\n");
        }
        for (ConfigFailure f : l.configFailures()) {
            open(out, f.status().name(), f.severity(), section, f.rule());
            out.write("<p><code>" + HtmlPage.esc(f.resourceAddress()) + "</code> at <code>" + HtmlPage.esc(f.location()) + "</code></p>\n");
            out.write("<p>" + HtmlPage.esc(f.message()) + "</p>\n");
            source.write(location(f.location()), out);
            out.write("</article>\n");
        }
        for (Finding f : behind(l)) {
            RuleMetadata m = f.rule().metadata();
            open(out, f.status().name(), m.severity().name(), section, m.id() + ": " + m.title());
            out.write("<p><code>" + HtmlPage.esc(Item.of(f).label()) + "</code> from <code>" + HtmlPage.esc(HtmlReport.place(f.primaryLocation()))
                    + "</code></p>\n<p>" + HtmlPage.esc(f.message()) + "</p>\n<p class=\"fix\"><b>Remediation:</b> "
                    + HtmlPage.esc(m.remediation().strip()) + "</p>\n</article>\n");
        }
        out.write("</section>\n");
    }

    private static void open(Writer out, String status, String severity, String section, String title) throws IOException {
        out.write("<article class=\"finding\" data-status=\"" + HtmlPage.esc(status) + "\" data-severity=\"" + HtmlPage.esc(severity)
                + "\" data-section=\"" + HtmlPage.esc(section) + "\">\n<h4><span class=\"st st-" + HtmlPage.esc(status) + "\">"
                + HtmlPage.esc(HtmlPage.label(status).toUpperCase(java.util.Locale.ROOT)) + "</span> <span class=\"sev sev-"
                + HtmlPage.esc(severity) + "\">" + HtmlPage.esc(severity) + "</span> " + HtmlPage.esc(title) + "</h4>\n");
    }

    /** "main.tf:12:3" as a location, for the source lines of a saved scan's failure; null when it names no line. */
    private static SourceLocation location(String text) {
        Matcher m = FILE_LINE.matcher(text);
        return m.matches() ? SourceLocation.at(m.group(1), Integer.parseInt(m.group(2)), 1) : null;
    }
}
