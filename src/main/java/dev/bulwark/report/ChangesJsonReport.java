package dev.bulwark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.report.ChangesReport.Judged;
import dev.bulwark.rule.ApprovedChange;
import dev.bulwark.rule.ChangeVerdict;
import dev.bulwark.rule.Rule;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import static dev.bulwark.report.ChangesReport.time;

/** {@code bulwark changes --format json}: for tools and for the ledger; docs/change-approval.md describes the fields. */
public final class ChangesJsonReport implements ChangesRenderer {
    private static final ObjectMapper JSON = Json.MAPPER;

    @Override
    public void render(ChangesReport result, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("repository", result.repository().toString());
        root.put("branch", result.branch());
        root.put("head", result.head());
        root.put("since", time(result.since()));
        root.put("until", time(result.until()));
        ObjectNode settings = root.putObject("settings");
        settings.put("approval", result.approval());
        settings.set("trailers", Json.strings(result.trailers()));
        settings.set("infrastructure", Json.strings(result.infrastructure()));
        settings.put("config", result.configFile());
        if (result.pullRequestsFile() == null) {
            root.putNull("pullRequests");
        } else {
            ObjectNode p = root.putObject("pullRequests");
            p.put("file", result.pullRequestsFile());
            p.put("merged", result.pullRequestsMerged());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("commits", result.commits());
        summary.put("infrastructureCommits", result.infrastructureCommits());
        summary.put("approved", result.approved().size());
        summary.put("failed", result.failures().size());
        summary.put("undecided", result.undecided().size());
        ArrayNode ruleNodes = root.putArray("rules");
        for (Rule r : result.rules()) {
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
        for (Judged j : result.approved()) {
            ApprovedChange a = j.verdict().approvedChange().orElseThrow();
            ObjectNode n = approved.addObject();
            n.put("rule", j.rule().id());
            n.put("sha", a.sha());
            n.put("shortSha", j.verdict().commit().shortSha());
            n.set("author", person(a.author().name(), a.author().email()));
            n.set("approvers", Json.strings(a.approvers()));
            n.put("when", time(a.when()));
            if (a.pullRequest() == null) n.putNull("pullRequest");
            else n.put("pullRequest", a.pullRequest());
            n.put("via", a.via());
            n.set("commits", Json.strings(a.commits()));
            n.set("files", Json.strings(a.files()));
            n.put("message", j.verdict().message());
        }
        Json.write(root, out);
    }

    /** Failed or undecided changes: what each is, why, and where it came from. */
    private static void changes(ArrayNode into, List<Judged> judged) {
        for (Judged j : judged) {
            ChangeVerdict v = j.verdict();
            ObjectNode n = into.addObject();
            n.put("rule", j.rule().id());
            n.set("requirements", Json.strings(j.rule().metadata().requirements()));
            n.put("reason", v.reason().id());
            n.put("sha", v.commit().sha());
            n.put("shortSha", v.commit().shortSha());
            n.set("author", person(v.author().name(), v.author().email()));
            n.put("date", time(v.date()));
            n.put("landedWith", v.landedWith());
            if (v.pullRequest() == null) n.putNull("pullRequest");
            else n.put("pullRequest", v.pullRequest());
            n.set("files", Json.strings(v.files()));
            n.put("message", v.message());
        }
    }

    private static ObjectNode person(String name, String email) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", name);
        n.put("email", email);
        return n;
    }
}
