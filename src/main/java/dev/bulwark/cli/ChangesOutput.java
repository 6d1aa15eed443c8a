package dev.bulwark.cli;

import dev.bulwark.report.Json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.engine.ChangeAudit;
import dev.bulwark.engine.ChangeAudit.JudgedChange;
import dev.bulwark.rule.ApprovedChange;
import dev.bulwark.rule.ChangeVerdict;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;
import dev.bulwark.source.git.ChangeHistory;
import dev.bulwark.source.git.ChangeSettings;
import dev.bulwark.source.git.Person;
import dev.bulwark.source.git.PullRequestBundle;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output of {@code bulwark changes}: a console summary for people, or JSON for tools and the ledger. */
final class ChangesOutput {
    private static final ObjectMapper JSON = Json.MAPPER;

    private ChangesOutput() {}

    static void console(ChangeAudit.Result result, List<Rule> rules, PrintWriter out) {
        ChangeHistory h = result.history();
        ChangeSettings s = result.context().settings();
        out.printf("Change approval on %s at %s (%s)%n", h.branch(), h.head().substring(0, 7), h.workTree());
        out.printf("Period:   %s to %s%n", time(h.since()), time(h.until()));
        out.printf("Approval: %s (trailers %s; %s)%n", s.approval(), String.join(", ", s.trailers()), pullRequests(result.context().pullRequests()));
        List<JudgedChange> failures = result.failures();
        if (!failures.isEmpty()) {
            out.printf("%nNot approved (%d):%n", failures.size());
            for (JudgedChange j : failures) {
                ChangeVerdict v = j.verdict();
                out.printf("  %s  %s  %s  %s  %s%n", j.rule().id(), v.commit().shortSha(), date(v.date()), v.author(), reason(v));
                out.printf("      files: %s%n", files(v.files()));
                out.printf("      %s%n", v.message());
            }
        }
        List<JudgedChange> undecided = result.undecided();
        if (!undecided.isEmpty()) {
            out.printf("%nUndecided (%d):%n", undecided.size());
            for (JudgedChange j : undecided) {
                ChangeVerdict v = j.verdict();
                out.printf("  %s  %s  %s  %s  %s%n", j.rule().id(), v.commit().shortSha(), date(v.date()), v.author(), reason(v));
                out.printf("      files: %s%n", files(v.files()));
                out.printf("      %s%n", v.message());
            }
        }
        List<JudgedChange> approved = result.approved();
        if (!approved.isEmpty()) {
            out.printf("%nApproved (%d):%n", approved.size());
            for (JudgedChange j : approved) {
                ChangeVerdict v = j.verdict();
                String how = v.pullRequest() != null && v.reason() == ChangeVerdict.Reason.APPROVED_PULL_REQUEST
                        ? "pull request #" + v.pullRequest() : "trailer";
                out.printf("  %s  %s  %s  %s  %s, approved by %s%n", j.rule().id(), v.commit().shortSha(), date(v.date()), v.author(), how,
                        String.join(", ", v.approvers()));
            }
        }
        out.println();
        for (Rule r : rules) {
            Status st = result.status(r);
            out.printf("%s %s %s: %s%s%n", st == Status.NOT_APPLICABLE ? "NOT APPLICABLE" : st.name(), r.id(), r.metadata().requirements(),
                    r.metadata().title(), st == Status.NOT_APPLICABLE ? " (no infrastructure change to judge)" : "");
        }
        out.printf("%d commits landed on %s in the period, %d changed infrastructure: %d approved, %d not approved%s%s%n",
                h.landings().size(), h.branch(), h.infrastructureLandings().size(), approved.size(), failures.size(), breakdown(failures),
                undecided.isEmpty() ? "" : ", " + undecided.size() + " undecided (pull requests whose reviews were not given)");
    }

    static void json(ChangeAudit.Result result, List<Rule> rules, PrintWriter out) {
        ChangeHistory h = result.history();
        ChangeSettings s = result.context().settings();
        ObjectNode root = JSON.createObjectNode();
        root.put("repository", h.workTree().toString());
        root.put("branch", h.branch());
        root.put("head", h.head());
        root.put("since", time(h.since()));
        root.put("until", time(h.until()));
        ObjectNode settings = root.putObject("settings");
        settings.put("approval", s.approval().id());
        settings.set("trailers", Json.strings(s.trailers()));
        settings.set("infrastructure", Json.strings(s.infrastructure()));
        settings.put("config", s.file());
        PullRequestBundle prs = result.context().pullRequests();
        if (prs.file() == null) {
            root.putNull("pullRequests");
        } else {
            ObjectNode p = root.putObject("pullRequests");
            p.put("file", prs.file());
            p.put("merged", prs.mergedCount());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("commits", h.landings().size());
        summary.put("infrastructureCommits", h.infrastructureLandings().size());
        summary.put("approved", result.approved().size());
        summary.put("failed", result.failures().size());
        summary.put("undecided", result.undecided().size());
        ArrayNode ruleNodes = root.putArray("rules");
        for (Rule r : rules) {
            ObjectNode n = ruleNodes.addObject();
            n.put("id", r.id());
            n.put("title", r.metadata().title());
            n.put("severity", r.metadata().severity().name());
            n.set("requirements", Json.strings(r.metadata().requirements()));
            n.put("status", result.status(r).name());
        }
        changes(root.putArray("failures"), result.failures());
        changes(root.putArray("undecided"), result.undecided());
        ArrayNode approved = root.putArray("approved");
        for (JudgedChange j : result.approved()) {
            ApprovedChange a = j.verdict().approvedChange().orElseThrow();
            ObjectNode n = approved.addObject();
            n.put("rule", j.rule().id());
            n.put("sha", a.sha());
            n.put("shortSha", j.verdict().commit().shortSha());
            n.set("author", person(a.author()));
            n.set("approvers", Json.strings(a.approvers()));
            n.put("when", time(a.when()));
            if (a.pullRequest() == null) n.putNull("pullRequest");
            else n.put("pullRequest", a.pullRequest());
            n.put("via", a.via());
            n.set("commits", Json.strings(a.commits()));
            n.set("files", Json.strings(a.files()));
            n.put("message", j.verdict().message());
        }
        try {
            JSON.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    /** Failed or undecided changes: what each is, why, and where it came from. */
    private static void changes(ArrayNode into, List<JudgedChange> judged) {
        for (JudgedChange j : judged) {
            ChangeVerdict v = j.verdict();
            ObjectNode n = into.addObject();
            n.put("rule", j.rule().id());
            n.set("requirements", Json.strings(j.rule().metadata().requirements()));
            n.put("reason", v.reason().id());
            n.put("sha", v.commit().sha());
            n.put("shortSha", v.commit().shortSha());
            n.set("author", person(v.author()));
            n.put("date", time(v.date()));
            n.put("landedWith", v.landedWith());
            if (v.pullRequest() == null) n.putNull("pullRequest");
            else n.put("pullRequest", v.pullRequest());
            n.set("files", Json.strings(v.files()));
            n.put("message", v.message());
        }
    }

    /** Up to ten files; the JSON output lists them all. */
    private static String files(List<String> files) {
        if (files.size() <= 10) return String.join(", ", files);
        return String.join(", ", files.subList(0, 10)) + " and " + (files.size() - 10) + " more";
    }

    private static String pullRequests(PullRequestBundle prs) {
        return prs.file() == null ? "no pull requests given" : "pull requests from " + prs.file() + ": " + prs.mergedCount() + " merged";
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
    private static String breakdown(List<JudgedChange> failures) {
        if (failures.isEmpty()) return "";
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JudgedChange j : failures) counts.merge(j.verdict().reason().id(), 1, Integer::sum);
        StringBuilder b = new StringBuilder(" (");
        counts.forEach((k, n) -> b.append(b.length() > 2 ? ", " : "").append(n).append(' ').append(k));
        return b.append(')').toString();
    }

    private static ObjectNode person(Person p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", p.name());
        n.put("email", p.email());
        return n;
    }


    private static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String date(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
