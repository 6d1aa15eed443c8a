package dev.bulwark.report;

import dev.bulwark.finding.Finding;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.policy.RequirementResult;
import dev.bulwark.policy.RequirementStatus;
import dev.bulwark.rule.RuleMetadata;
import dev.bulwark.rule.Status;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * A short summary for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the totals, the
 * requirements that do not pass, then the unsuppressed failures and undecided checks, most severe
 * first. It stays under {@link #LIMIT_BYTES} (a pull-request comment holds 65,536 characters):
 * rows past it are left out and a closing line says how many.
 */
public final class MarkdownReport implements ScanRenderer {
    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        write(report, out);
    }

    /** UTF-8 bytes the whole summary stays under. */
    static final int LIMIT_BYTES = 64 * 1024;
    /** Kept free for the closing note about what was left out. */
    private static final int NOTE_RESERVE = 400;
    /** ASCII punctuation that Markdown or a code host reads as markup (mentions, HTML, tables, emphasis, links). */
    private static final String MARKUP = "\\`*_{}[]<>()#+!|~&@$";

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator
            .comparing((Finding f) -> f.rule().metadata().severity()).reversed()
            .thenComparing(f -> f.status() == Status.FAIL ? 0 : 1)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::resourceAddress);


    public static void write(ScanReport report, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## Bulwark: ").append(escape(report.policy().id() + " " + report.policy().title())).append("\n\n");
        md.append(totals(report)).append("\n\n");
        List<RequirementResult> open = report.requirements().stream()
                .filter(r -> r.status() == RequirementStatus.FAIL || r.status() == RequirementStatus.UNKNOWN).toList();
        if (!open.isEmpty()) {
            md.append("| Requirement | Status | SOC 2 | Fail | Unknown |\n|---|---|---|---:|---:|\n");
            for (RequirementResult r : open) {
                md.append("| ").append(escape(r.requirement().id() + " " + r.requirement().title())).append(" | ")
                        .append(r.status()).append(" | ").append(escape(String.join(", ", r.requirement().soc2()))).append(" | ")
                        .append(r.failed()).append(" | ").append(r.unknown()).append(" |\n");
            }
            md.append('\n');
        }
        List<Finding> shown = report.result().findings().stream()
                .filter(f -> !f.suppressed() && (f.status() == Status.FAIL || f.status() == Status.UNKNOWN))
                .sorted(MOST_SEVERE_FIRST).toList();
        int written = 0;
        if (!shown.isEmpty()) {
            md.append("| Severity | Status | Rule | Resource | Location | Message |\n|---|---|---|---|---|---|\n");
            int used = bytes(md);
            for (Finding f : shown) {
                String row = row(f);
                int size = bytes(row);
                if (used + size > LIMIT_BYTES - NOTE_RESERVE) break;
                md.append(row);
                used += size;
                written++;
            }
        }
        if (written < shown.size()) {
            md.append("\n_").append(shown.size() - written).append(" more of ").append(shown.size())
                    .append(" findings are not shown: this summary stays under 64 KB. `bulwark scan --format html` or `--format csv` lists them all._\n");
        }
        out.write(md.toString());
        out.flush();
    }

    private static String totals(ScanReport report) {
        long failingRequirements = report.requirements().stream().filter(r -> r.status() == RequirementStatus.FAIL).count();
        String verdict = report.failOn() == null ? "fail-on none: the exit code ignores findings"
                : report.blockingFailures() + " at or above " + report.failOn() + " fail the run";
        return "**" + report.count(Status.FAIL) + " failed**, " + report.count(Status.UNKNOWN) + " unknown, "
                + report.count(Status.PASS) + " passed, " + report.suppressedCount() + " suppressed; "
                + failingRequirements + " of " + report.requirements().size() + " requirements fail; " + verdict + ".";
    }

    private static String row(Finding f) {
        RuleMetadata m = f.rule().metadata();
        SourceLocation at = f.primaryLocation();
        String location = at.startLine() > 0 ? at.file() + ":" + at.startLine() : at.file();
        return "| " + m.severity() + " | " + f.status() + " | " + escape(m.id() + " " + m.title()) + " | " + escape(f.resourceAddress())
                + " | " + escape(location) + " | " + escape(f.message()) + " |\n";
    }

    /** Text as itself in a table cell: markup characters escaped, line breaks as spaces. */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') out.append(' ');
            else if (MARKUP.indexOf(c) >= 0) out.append('\\').append(c);
            else if (!Character.isISOControl(c)) out.append(c);
        }
        return out.toString();
    }

    private static int bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
