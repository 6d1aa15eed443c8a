package dev.bulwark.report;

import dev.bulwark.finding.Finding;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.policy.Requirement;
import dev.bulwark.policy.RequirementResult;
import dev.bulwark.policy.RequirementStatus;
import dev.bulwark.rule.RuleMetadata;
import dev.bulwark.rule.Severity;
import dev.bulwark.rule.Status;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scan as one self-contained HTML page for people and auditors: the requirements with their
 * status and SOC 2 criterion, charts of the findings by policy section and severity, then the
 * failed, undecided and suppressed findings grouped by requirement (under their rule's first
 * requirement), each with its rule, severity, resource, place, message, fix and source lines. The
 * {@link #DETAIL_LIMIT} most severe findings are shown in full; the rest in short table rows, folded
 * per requirement, with each rule's fix once, so that a very large scan still opens quickly.
 */
public final class HtmlReport implements ScanRenderer {
    /** Findings shown in full (with fix and source lines); past it, short rows, and the page says so. */
    public static final int DETAIL_LIMIT = 1000;
    static final String OTHER = "other";
    /** Most severe first. */
    static final List<String> SEVERITIES = List.of(Severity.CRITICAL.name(), Severity.HIGH.name(), Severity.MEDIUM.name(), Severity.LOW.name());

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator
            .comparing((Finding f) -> f.rule().metadata().severity()).reversed()
            .thenComparing(HtmlReport::statusKey)
            .thenComparing(f -> f.primaryLocation().file())
            .thenComparingInt(f -> f.primaryLocation().startLine());

    private final Path workingDir;
    private final int detailLimit;

    /** Source files are read relative to {@code workingDir} (as findings name them), else the scan's source root. */
    public HtmlReport(Path workingDir, int detailLimit) {
        this.workingDir = workingDir;
        this.detailLimit = detailLimit;
    }

    public static void write(ScanReport report, Writer out) throws IOException {
        new HtmlReport(Path.of(""), DETAIL_LIMIT).render(report, out);
    }

    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        List<Finding> shown = report.result().findings().stream()
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.UNKNOWN).toList();
        Set<Finding> detailed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        shown.stream().sorted(MOST_SEVERE_FIRST).limit(detailLimit).forEach(detailed::add);
        Map<String, List<Finding>> byRequirement = new LinkedHashMap<>();
        for (Requirement r : report.policy().requirements()) byRequirement.put(r.id(), new ArrayList<>());
        for (Finding f : shown) byRequirement.computeIfAbsent(requirementOf(f, report), k -> new ArrayList<>()).add(f);
        Map<String, String> sections = sections(report);

        HtmlPage.head(out, "Bulwark scan: " + report.policy().id());
        header(report, shown, out);
        requirements(report, byRequirement, out);
        charts(report, shown, sections, out);
        out.write("<h2 id=\"findings\">Findings</h2>\n");
        if (shown.size() > detailLimit) {
            out.write("<p class=\"note\" id=\"limit\">This scan has " + shown.size() + " failed, undecided or suppressed findings. The "
                    + detailLimit + " most severe are shown in full; the other " + (shown.size() - detailLimit)
                    + " are listed in short form, folded under each requirement (open &ldquo;more findings&rdquo; to see them; "
                    + "each rule's fix is given once there). <code>bulwark scan --format csv</code> or <code>--format json</code> "
                    + "has them all in full.</p>\n");
        }
        if (shown.isEmpty()) out.write("<p>No check failed or was undecided.</p>\n");
        else HtmlPage.filters(out, statuses(shown), severities(shown), usedSections(shown, report, sections));
        SourceExcerpt source = new SourceExcerpt(workingDir, report.sourceRoot(), report.result().model().secrets());
        for (Map.Entry<String, List<Finding>> e : byRequirement.entrySet()) {
            if (!e.getValue().isEmpty()) group(e.getKey(), e.getValue(), detailed, report, source, out);
        }
        problems(report, out);
        HtmlPage.end(out);
    }

    private static void header(ScanReport report, List<Finding> shown, Writer out) throws IOException {
        var model = report.result().model();
        out.write("<header>\n<h1>Bulwark scan report: " + HtmlPage.esc(report.policy().id() + " " + report.policy().title()) + "</h1>\n");
        out.write("<p class=\"meta\">Bulwark " + HtmlPage.esc(report.toolVersion()) + "; scanned " + model.resources().size()
                + " resources in " + (model.filesRead() + model.filesFailed()) + " files (" + model.filesFailed() + " could not be read) with "
                + report.result().rules().size() + " rules, from " + HtmlPage.esc(report.sourceRoot().toAbsolutePath().normalize()) + ".</p>\n");
        out.write("<p><span class=\"st st-FAIL\">" + report.count(Status.FAIL) + " failed</span>, <span class=\"st st-UNKNOWN\">"
                + report.count(Status.UNKNOWN) + " unknown</span>, <span class=\"st st-PASS\">" + report.count(Status.PASS)
                + " passed</span>, " + report.count(Status.NOT_APPLICABLE) + " not applicable, " + report.suppressedCount() + " suppressed. "
                + (report.failOn() == null ? "Fail-on none: the exit code ignores findings."
                : report.blockingFailures() + " unsuppressed failures at or above " + report.failOn() + ".") + "</p>\n</header>\n");
    }

    private static void requirements(ScanReport report, Map<String, List<Finding>> byRequirement, Writer out) throws IOException {
        out.write("<h2 id=\"requirements\">Requirements</h2>\n<table>\n<thead><tr><th>Requirement</th><th>SOC 2</th><th>Status</th>"
                + "<th>Pass</th><th>Fail</th><th>Unknown</th><th>Suppressed</th></tr></thead>\n<tbody>\n");
        for (RequirementResult r : report.requirements()) {
            Requirement q = r.requirement();
            boolean linked = !byRequirement.getOrDefault(q.id(), List.of()).isEmpty();
            String name = HtmlPage.esc(q.id() + " " + q.title());
            out.write("<tr><td>" + (linked ? "<a href=\"#req-" + HtmlPage.esc(q.id()) + "\">" + name + "</a>" : name) + "</td><td>"
                    + HtmlPage.esc(String.join(", ", q.soc2())) + "</td><td class=\"st " + statusClass(r.status()) + "\">"
                    + HtmlPage.esc(HtmlPage.label(r.status().name())) + "</td><td class=\"n\">" + r.passed() + "</td><td class=\"n\">"
                    + r.failed() + "</td><td class=\"n\">" + r.unknown() + "</td><td class=\"n\">" + r.suppressed() + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private static String statusClass(RequirementStatus s) {
        return switch (s) {
            case FAIL, UNKNOWN, PASS -> "st-" + s.name();
            default -> "st-other";
        };
    }

    private static void charts(ScanReport report, List<Finding> shown, Map<String, String> sections, Writer out) throws IOException {
        out.write("<h2 id=\"charts\">Overview</h2>\n<div class=\"charts\">\n");
        Map<String, Map<String, Long>> bySection = new LinkedHashMap<>();
        sections.keySet().forEach(s -> bySection.put(s, new LinkedHashMap<>()));
        for (Finding f : shown) {
            if (f.suppressed()) continue;
            bySection.computeIfAbsent(sectionOf(f, report), k -> new LinkedHashMap<>())
                    .merge(f.rule().metadata().severity().name(), 1L, Long::sum);
        }
        List<HtmlPage.Bar> bars = new ArrayList<>();
        bySection.forEach((s, counts) -> bars.add(new HtmlPage.Bar(s + " " + sections.getOrDefault(s, ""), counts)));
                HtmlPage.barChart(out, "Unsuppressed failed and undecided findings by policy section and severity", bars, SEVERITIES,
                HtmlPage.SEVERITY_COLOURS);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (RequirementStatus s : RequirementStatus.values()) {
            long n = report.requirements().stream().filter(r -> r.status() == s).count();
            if (n > 0) byStatus.put(s.name(), n);
        }
        List<HtmlPage.Bar> statusBars = byStatus.entrySet().stream()
                .map(e -> new HtmlPage.Bar(HtmlPage.label(e.getKey()), Map.of(e.getKey(), e.getValue()))).toList();
        HtmlPage.barChart(out, "Requirements by status", statusBars, List.copyOf(byStatus.keySet()), HtmlPage.STATUS_COLOURS);
        out.write("</div>\n");
    }

    private void group(String requirementId, List<Finding> findings, Set<Finding> detailed, ScanReport report, SourceExcerpt source,
                       Writer out) throws IOException {
        Requirement r = report.policy().requirement(requirementId);
        String section = r != null ? r.sectionId() : OTHER;
        out.write("<section class=\"group\" id=\"req-" + HtmlPage.esc(requirementId) + "\">\n<h3>"
                + HtmlPage.esc(r != null ? r.id() + " " + r.title() + " (SOC 2 " + String.join(", ", r.soc2()) + ")"
                : "Rules outside the policy") + ": " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + "</h3>\n");
        List<Finding> sorted = findings.stream().sorted(MOST_SEVERE_FIRST).toList();
        List<Finding> rest = new ArrayList<>();
        for (Finding f : sorted) {
            if (detailed.contains(f)) finding(f, section, report, source, out);
            else rest.add(f);
        }
        if (!rest.isEmpty()) shortForm(rest, section, out);
        out.write("</section>\n");
    }

    private static void finding(Finding f, String section, ScanReport report, SourceExcerpt source, Writer out) throws IOException {
        RuleMetadata m = f.rule().metadata();
        String status = statusKey(f);
        out.write("<article class=\"finding\" data-status=\"" + status + "\" data-severity=\"" + m.severity() + "\" data-section=\""
                + HtmlPage.esc(section) + "\">\n<h4><span class=\"st st-" + status + "\">" + status + "</span> <span class=\"sev sev-"
                + m.severity() + "\">" + m.severity() + "</span> " + HtmlPage.esc(m.id()) + ": " + HtmlPage.esc(m.title()) + "</h4>\n");
        out.write("<p><code>" + HtmlPage.esc(f.resourceAddress()) + "</code> at <code>" + HtmlPage.esc(place(f.primaryLocation()))
                + "</code> &middot; requirements " + HtmlPage.esc(String.join(", ", m.requirements())) + " &middot; SOC 2 "
                + HtmlPage.esc(String.join(", ", report.policy().soc2For(m.requirements()))) + "</p>\n");
        out.write("<p>" + HtmlPage.esc(f.message()) + "</p>\n");
        for (var related : f.related()) {
            out.write("<p class=\"meta\">related: " + HtmlPage.esc(related.message()) + " (<code>" + HtmlPage.esc(place(related.location()))
                    + "</code>)</p>\n");
        }
        if (f.suppressed()) {
            var s = f.suppression();
            out.write("<p class=\"meta\">Suppressed: " + HtmlPage.esc(s.reason()) + (s.until() != null ? " (until " + s.until() + ")" : "")
                    + ", declared at <code>" + HtmlPage.esc(s.declaredAt()) + "</code></p>\n");
        }
        out.write("<p class=\"fix\"><b>Remediation:</b> " + HtmlPage.esc(m.remediation().strip()) + "</p>\n");
        source.write(f.primaryLocation(), out);
        out.write("</article>\n");
    }

    /**
     * The findings past the limit, folded: one line of plain text each (status, severity, rule,
     * resource, file:line, message), which a browser lays out far faster than table rows, then each
     * of their rules' fix once. The filter script reads the status and severity from the first two
     * words of a line.
     */
    private static void shortForm(List<Finding> rest, String section, Writer out) throws IOException {
        out.write("<details class=\"more\"><summary><span class=\"count\">" + rest.size() + "</span> more finding"
                + (rest.size() == 1 ? "" : "s") + " in short form (status, severity, rule, resource, file:line, message)</summary>\n"
                + "<pre class=\"rows\" data-section=\"" + HtmlPage.esc(section) + "\">");
        Map<String, RuleMetadata> rules = new TreeMap<>();
        StringBuilder line = new StringBuilder(200);
        for (Finding f : rest) {
            RuleMetadata m = f.rule().metadata();
            rules.putIfAbsent(m.id(), m);
            line.setLength(0);
            line.append(String.format("%-10s %-8s ", statusKey(f), m.severity())).append(m.id()).append("  ").append(f.resourceAddress())
                    .append("  ").append(place(f.primaryLocation())).append("  ").append(f.message());
            out.write(HtmlPage.esc(oneLine(line)));
            out.write('\n');
        }
        out.write("</pre>\n<dl>");
        for (RuleMetadata m : rules.values()) {
            out.write("<dt>" + HtmlPage.esc(m.id() + ": " + m.title()) + "</dt><dd class=\"fix\"><b>Remediation:</b> "
                    + HtmlPage.esc(m.remediation().strip()) + "</dd>");
        }
        out.write("</dl></details>\n");
    }

    /** Line breaks and other control characters as spaces, so that one finding stays one line. */
    private static String oneLine(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    private static void problems(ScanReport report, Writer out) throws IOException {
        List<Diagnostic> shown = report.result().diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).toList();
        if (shown.isEmpty()) return;
        out.write("<h2 id=\"problems\">Problems</h2>\n<ul>\n");
        for (Diagnostic d : shown) out.write("<li>" + HtmlPage.esc(d.toString()) + "</li>\n");
        out.write("</ul>\n");
    }

    /** FAIL, UNKNOWN, or SUPPRESSED for either when a suppression covers it. */
    static String statusKey(Finding f) {
        return f.suppressed() ? "SUPPRESSED" : f.status().name();
    }

    static String place(SourceLocation at) {
        return at.startLine() > 0 ? at.file() + ":" + at.startLine() : at.file();
    }

    /** The rule's first requirement the policy knows, or {@link #OTHER}. */
    private static String requirementOf(Finding f, ScanReport report) {
        for (String id : f.rule().metadata().requirements()) if (report.policy().exists(id)) return id;
        return OTHER;
    }

    private static String sectionOf(Finding f, ScanReport report) {
        String id = requirementOf(f, report);
        return id.equals(OTHER) ? OTHER : report.policy().requirement(id).sectionId();
    }

    private static Map<String, String> sections(ScanReport report) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Requirement r : report.policy().requirements()) out.putIfAbsent(r.sectionId(), r.sectionTitle());
        return out;
    }

    private static Map<String, String> usedSections(List<Finding> shown, ScanReport report, Map<String, String> all) {
        Set<String> used = new HashSet<>();
        for (Finding f : shown) used.add(sectionOf(f, report));
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((id, title) -> { if (used.contains(id)) out.put(id, title); });
        if (used.contains(OTHER)) out.put(OTHER, "outside the policy");
        return out;
    }

    private static List<String> statuses(List<Finding> shown) {
        Set<String> present = new HashSet<>();
        shown.forEach(f -> present.add(statusKey(f)));
        return List.of("FAIL", "UNKNOWN", "SUPPRESSED").stream().filter(present::contains).toList();
    }

    private static List<String> severities(List<Finding> shown) {
        Set<String> present = new LinkedHashSet<>();
        shown.forEach(f -> present.add(f.rule().metadata().severity().name()));
        return SEVERITIES.stream().filter(present::contains).toList();
    }
}
