package dev.bulwark.report;

import dev.bulwark.finding.BaselineComparison;
import dev.bulwark.finding.BaselineState;
import dev.bulwark.finding.Finding;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.policy.Requirement;
import dev.bulwark.policy.RequirementResult;
import dev.bulwark.rule.RuleMetadata;
import dev.bulwark.rule.Status;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scan for people at a terminal: failures and undecided checks grouped by policy section, each
 * with its rule, location, actual value and fix; then one line per requirement; then the totals.
 * Checks that did not apply are only counted.
 */
public final class ConsoleReport implements ScanRenderer {
    private final Ansi ansi;
    private final boolean quiet;

    public ConsoleReport(boolean colour, boolean quiet) {
        this.ansi = new Ansi(colour);
        this.quiet = quiet;
    }

    @Override
    public void render(ScanReport report, Writer out) {
        write(report, new PrintWriter(out));
    }

    public void write(ScanReport report, PrintWriter out) {
        Map<String, List<Finding>> bySection = new LinkedHashMap<>();
        for (Requirement r : report.policy().requirements()) bySection.putIfAbsent(r.sectionId(), new ArrayList<>());
        for (Finding f : report.result().findings()) {
            if (f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE || f.suppressed()) continue;
            if (quiet && f.status() != Status.FAIL) continue;
            String section = sectionOf(report, f.rule().metadata());
            bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : bySection.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            out.println(ansi.bold(e.getKey() + " " + sectionTitle(report, e.getKey())));
            for (Finding f : e.getValue()) finding(f, report, out);
            out.println();
        }
        if (!quiet) requirements(report, out);
        problems(report, out);
        totals(report, out);
        out.flush();
    }

    private void finding(Finding f, ScanReport report, PrintWriter out) {
        RuleMetadata m = f.rule().metadata();
        String status = f.status() == Status.FAIL ? ansi.red("FAIL   ") : ansi.yellow("UNKNOWN");
        // Plain concatenation, not printf: a large scan prints tens of thousands of findings, and
        // parsing a format string for each line was a visible share of its time.
        out.println("  " + status + " " + baselineMarker(f, report) + ansi.bold(m.id()) + " " + severity(m) + " " + m.title());
        out.println("          " + f.resourceAddress() + "  " + location(f));
        out.println("          " + f.message());
        for (var related : f.related()) out.println("          " + ansi.dim("related:") + " " + related.message());
        if (f.status() == Status.FAIL && !quiet) out.println("          " + ansi.dim("fix:") + " " + oneLine(m.remediation()));
    }

    /** With a baseline: "[new] " or "[existing] " before the rule id; nothing without one. */
    private String baselineMarker(Finding f, ScanReport report) {
        if (report.baseline() == null) return "";
        BaselineState state = report.baseline().state(f);
        if (state == null) return "";
        return (state == BaselineState.NEW ? ansi.bold("[new]") : ansi.dim("[existing]")) + " ";
    }

    private String severity(RuleMetadata m) {
        String s = m.severity().name();
        return switch (m.severity()) {
            case CRITICAL, HIGH -> ansi.red(s);
            case MEDIUM -> ansi.yellow(s);
            case LOW -> ansi.dim(s);
        };
    }

    private static String location(Finding f) {
        var at = f.primaryLocation();
        return at.startLine() > 0 ? at.file() + ":" + at.startLine() : at.file();
    }

    private void requirements(ScanReport report, PrintWriter out) {
        out.println(ansi.bold("Requirements of " + report.policy().id()));
        out.printf("  %-7s %-23s %5s %5s %7s  %s%n", "id", "status", "pass", "fail", "unknown", "requirement");
        for (RequirementResult r : report.requirements()) {
            String status = r.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String shown = String.format("%-23s", status);
            shown = switch (r.status()) {
                case FAIL -> ansi.red(shown);
                case UNKNOWN -> ansi.yellow(shown);
                case PASS -> ansi.green(shown);
                default -> ansi.dim(shown);
            };
            out.printf("  %-7s %s %5d %5d %7d  %s%n", r.requirement().id(), shown, r.passed(), r.failed(), r.unknown(),
                    r.requirement().title());
        }
        out.println();
    }

    private void problems(ScanReport report, PrintWriter out) {
        List<Diagnostic> shown = report.result().diagnostics().stream()
                .filter(d -> d.severity() != Diagnostic.Severity.INFO).toList();
        if (shown.isEmpty()) return;
        out.println(ansi.bold("Problems"));
        for (Diagnostic d : shown) out.println("  " + d);
        out.println();
    }

    private void totals(ScanReport report, PrintWriter out) {
        var model = report.result().model();
        out.printf("%d failed, %d unknown, %d passed, %d not applicable, %d suppressed — %s in %s (%d could not be read), %s%n",
                report.count(Status.FAIL), report.count(Status.UNKNOWN), report.count(Status.PASS), report.count(Status.NOT_APPLICABLE),
                report.suppressedCount(),
                plural(model.resources().size(), "resource"), plural(model.filesRead() + model.filesFailed(), "file"),
                model.filesFailed(), plural(report.result().rules().size(), "configuration rule"));
        BaselineComparison baseline = report.baseline();
        if (baseline != null) {
            out.printf("baseline %s: %d new, %d existing, %d no longer found%n", baseline.baseline().source(),
                    baseline.count(BaselineState.NEW), baseline.count(BaselineState.EXISTING), baseline.count(BaselineState.ABSENT));
        }
        if (report.failOn() == null) {
            out.println("fail-on none: the exit code ignores findings");
        } else {
            out.printf("%d failure(s) at or above %s%s%n", report.blockingFailures(), report.failOn(),
                    baseline == null ? "" : ", " + report.blockingNewFailures() + " of them new");
        }
    }

    private static String sectionOf(ScanReport report, RuleMetadata m) {
        for (String req : m.requirements()) {
            Requirement r = report.policy().requirement(req);
            if (r != null) return r.sectionId();
        }
        return "other";
    }

    private static String sectionTitle(ScanReport report, String sectionId) {
        for (Requirement r : report.policy().requirements()) {
            if (r.sectionId().equals(sectionId)) return r.sectionTitle();
        }
        return "";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static String oneLine(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
