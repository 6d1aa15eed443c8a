package dev.bulwark.report;

import dev.bulwark.report.ChangesReport.Judged;
import dev.bulwark.rule.ChangeVerdict;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.bulwark.report.ChangesReport.time;

/** {@code bulwark changes} for people: what was not approved, what is undecided, what was, and the totals. */
public final class ChangesConsoleReport implements ChangesRenderer {
    @Override
    public void render(ChangesReport report, Writer w) {
        PrintWriter out = new PrintWriter(w);
        write(report, out);
        out.flush();
    }

    private static void write(ChangesReport result, PrintWriter out) {
        out.printf("Change approval on %s at %s (%s)%n", result.branch(), result.head().substring(0, 7), result.repository());
        out.printf("Period:   %s to %s%n", time(result.since()), time(result.until()));
        out.printf("Approval: %s (trailers %s; %s)%n", result.approval(), String.join(", ", result.trailers()), pullRequests(result));
        List<Judged> failures = result.failures();
        if (!failures.isEmpty()) {
            out.printf("%nNot approved (%d):%n", failures.size());
            for (Judged j : failures) {
                ChangeVerdict v = j.verdict();
                out.printf("  %s  %s  %s  %s  %s%n", j.rule().id(), v.commit().shortSha(), date(v.date()), v.author(), reason(v));
                out.printf("      files: %s%n", files(v.files()));
                out.printf("      %s%n", v.message());
            }
        }
        List<Judged> undecided = result.undecided();
        if (!undecided.isEmpty()) {
            out.printf("%nUndecided (%d):%n", undecided.size());
            for (Judged j : undecided) {
                ChangeVerdict v = j.verdict();
                out.printf("  %s  %s  %s  %s  %s%n", j.rule().id(), v.commit().shortSha(), date(v.date()), v.author(), reason(v));
                out.printf("      files: %s%n", files(v.files()));
                out.printf("      %s%n", v.message());
            }
        }
        List<Judged> approved = result.approved();
        if (!approved.isEmpty()) {
            out.printf("%nApproved (%d):%n", approved.size());
            for (Judged j : approved) {
                ChangeVerdict v = j.verdict();
                String how = v.pullRequest() != null && v.reason() == ChangeVerdict.Reason.APPROVED_PULL_REQUEST
                        ? "pull request #" + v.pullRequest() : "trailer";
                out.printf("  %s  %s  %s  %s  %s, approved by %s%n", j.rule().id(), v.commit().shortSha(), date(v.date()), v.author(), how,
                        String.join(", ", v.approvers()));
            }
        }
        out.println();
        for (Rule r : result.rules()) {
            Status st = result.status(r);
            out.printf("%s %s %s: %s%s%n", st == Status.NOT_APPLICABLE ? "NOT APPLICABLE" : st.name(), r.id(), r.metadata().requirements(),
                    r.metadata().title(), st == Status.NOT_APPLICABLE ? " (no infrastructure change to judge)" : "");
        }
        out.printf("%d commits landed on %s in the period, %d changed infrastructure: %d approved, %d not approved%s%s%n",
                result.commits(), result.branch(), result.infrastructureCommits(), approved.size(), failures.size(), breakdown(failures),
                undecided.isEmpty() ? "" : ", " + undecided.size() + " undecided (pull requests whose reviews were not given)");
    }

    /** Up to ten files; the JSON output lists them all. */
    private static String files(List<String> files) {
        if (files.size() <= 10) return String.join(", ", files);
        return String.join(", ", files.subList(0, 10)) + " and " + (files.size() - 10) + " more";
    }

    private static String pullRequests(ChangesReport r) {
        return r.pullRequestsFile() == null ? "no pull requests given"
                : "pull requests from " + r.pullRequestsFile() + ": " + r.pullRequestsMerged() + " merged";
    }

    private static String reason(ChangeVerdict v) {
        return switch (v.reason()) {
            case DIRECT_PUSH -> "direct push";
            case SELF_APPROVED -> "self-approved";
            case PULL_REQUEST_NOT_APPROVED -> "pull request #" + v.pullRequest() + " not approved";
            case APPROVED_AFTER_MERGE -> "pull request #" + v.pullRequest() + " approved only after merge";
            case PULL_REQUEST_UNVERIFIED -> v.pullRequest() == null ? "committed on github.com, reviews not given"
                    : "pull request #" + v.pullRequest() + ", reviews not given";
            case APPROVED_PULL_REQUEST, APPROVED_TRAILER -> "approved";
        };
    }

    /** " (2 direct push, 1 self-approved)", or "" when nothing failed. */
    private static String breakdown(List<Judged> failures) {
        if (failures.isEmpty()) return "";
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Judged j : failures) counts.merge(j.verdict().reason().id(), 1, Integer::sum);
        StringBuilder b = new StringBuilder(" (");
        counts.forEach((k, n) -> b.append(b.length() > 2 ? ", " : "").append(n).append(' ').append(k));
        return b.append(')').toString();
    }

    private static String date(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
