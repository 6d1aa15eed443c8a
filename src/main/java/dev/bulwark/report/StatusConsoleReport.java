package dev.bulwark.report;

import dev.bulwark.policy.Requirement;
import dev.bulwark.process.ConfigFailure;
import dev.bulwark.process.ConfigResults;
import dev.bulwark.process.EvidenceSnapshot;
import dev.bulwark.process.LineStatus;
import dev.bulwark.process.Part;
import dev.bulwark.process.PolicyStatus;
import dev.bulwark.process.ProcessConfig;
import dev.bulwark.process.ProcessResult;
import dev.bulwark.process.RequirementLine;
import dev.bulwark.process.SystemDefinition;
import dev.bulwark.rule.Status;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bulwark status} for people: where the inputs came from, one line per requirement (with
 * what is wrong or missing underneath), then overdue work, work due soon, other problems,
 * failing config checks, what nothing covers, and the totals.
 */
public final class StatusConsoleReport implements StatusRenderer {
    private static final int STATUS_WIDTH = 14;
    private final boolean colour;

    public StatusConsoleReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void render(StatusReport report, Writer out) {
        write(report.status(), new PrintWriter(out));
    }

    public void write(PolicyStatus s, PrintWriter out) {
        header(s, out);
        requirements(s, out);
        section(out, "Overdue or never done", s.overdue().stream().map(this::result).toList());
        section(out, "Due within 14 days", s.dueSoon().stream().map(this::result).toList());
        section(out, "Other problems", s.otherProblems().stream().map(this::result).toList());
        if (s.configResults() != null) {
            section(out, "Failing config checks", s.configResults().failures().stream().map(this::failure).toList());
        }
        section(out, "Not covered", notCovered(s));
        section(out, "Notes", s.notes().stream().map(n -> "  " + n).toList());
        totals(s, out);
        out.flush();
    }

    private void header(PolicyStatus s, PrintWriter out) {
        out.println(bold("Bulwark status: " + s.policy().id() + " " + s.policy().title() + ", " + s.today()));
        ConfigResults c = s.configResults();
        out.println("config:    " + (c == null ? "not checked (use --scan, or --results FILE from bulwark scan --format json)"
                : c.source() + (c.scannedAt() != null ? " (written " + c.scannedAt() + ")" : "")));
        EvidenceSnapshot e = s.evidence();
        out.println("evidence:  " + (!e.exists() ? "no ledger at " + e.ledger() + " (bulwark evidence add creates it)"
                : e.ledger() + ": " + count(e.index().all().size(), "record") + ", " + e.index().valid().size() + " valid (not superseded); "
                + integrity(e.integrity())));
        ProcessConfig p = s.config();
        out.println("systems:   " + (p.systems().isEmpty() ? "none declared" + (p.file() == null ? " (no .bulwark.yaml)" : " in " + p.file())
                : String.join(", ", p.systems().stream().map(StatusConsoleReport::system).toList())));
        out.println("documents: " + (p.documents().isEmpty() ? "none configured" : p.documents().size() + " configured") + "; document reviews every " + p.cadences().documentDays() + " days");
        out.println();
    }

    private String integrity(ProcessResult r) {
        return switch (r.status()) {
            case PASS, DUE_SOON -> "chain verified intact";
            case FAIL -> "chain " + red("DAMAGED") + " (see 3.7.5)";
            case UNKNOWN -> "chain " + yellow("not verified") + " (see 3.7.5)";
        };
    }

    private static String system(SystemDefinition s) {
        return s.name() + " (" + s.environment() + ", " + s.criticality() + ")";
    }

    private void requirements(PolicyStatus s, PrintWriter out) {
        String section = "";
        for (RequirementLine l : s.lines()) {
            Requirement r = l.requirement();
            if (!r.sectionId().equals(section)) {
                if (!section.isEmpty()) out.println();
                section = r.sectionId();
                out.println(bold(section + " " + r.sectionTitle()));
            }
            out.println("  " + status(l.status()) + " " + r.id() + "  " + r.title());
            for (Part p : l.parts()) {
                if (p.status() == LineStatus.PASS) continue;
                if (p.status() == LineStatus.NOT_CHECKED && s.configResults() == null && p.kind() == Part.Kind.CONFIG) continue;
                out.println(" ".repeat(STATUS_WIDTH + 10) + dim(p.kind().label() + ":") + " " + p.summary());
            }
        }
        out.println();
    }

    private String result(ProcessResult r) {
        return "  " + r.requirement() + "  " + r.message() + dim("  (" + r.location() + ")");
    }

    private String failure(ConfigFailure f) {
        String status = f.status() == Status.FAIL ? red("FAIL") : yellow("UNKNOWN");
        return "  " + String.join(",", f.requirements()) + "  " + status + " " + f.rule() + " " + f.severity() + "  " + f.resourceAddress()
                + "  " + f.message() + dim("  (" + f.location() + ")");
    }

    /** Every side of every requirement that nothing covers. */
    private List<String> notCovered(PolicyStatus s) {
        List<String> out = new ArrayList<>();
        for (RequirementLine l : s.lines()) {
            for (Part p : l.parts()) {
                if (p.status() == LineStatus.NOT_COVERED) out.add("  " + l.requirement().id() + "  " + p.kind().label() + ": " + p.summary());
            }
        }
        return out;
    }

    private void section(PrintWriter out, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        out.println(bold(title + " (" + lines.size() + ")"));
        lines.forEach(out::println);
        out.println();
    }

    private void totals(PolicyStatus s, PrintWriter out) {
        List<String> parts = new ArrayList<>();
        for (LineStatus st : LineStatus.values()) {
            long n = s.count(st);
            if (n > 0) parts.add(n + " " + st.label().toLowerCase(java.util.Locale.ROOT));
        }
        out.println(bold(s.lines().size() + " requirements: ") + String.join(", ", parts));
    }

    private String status(LineStatus s) {
        String text = String.format("%-" + STATUS_WIDTH + "s", s.label());
        return switch (s) {
            case FAIL -> red(text);
            case UNKNOWN, DUE_SOON -> yellow(text);
            case PASS -> green(text);
            default -> dim(text);
        };
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String red(String s) {
        return ansi("31", s);
    }

    private String green(String s) {
        return ansi("32", s);
    }

    private String yellow(String s) {
        return ansi("33", s);
    }

    private String bold(String s) {
        return ansi("1", s);
    }

    private String dim(String s) {
        return ansi("2", s);
    }

    private String ansi(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
