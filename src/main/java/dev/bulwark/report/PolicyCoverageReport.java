package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.policy.Requirement;
import dev.bulwark.policy.RequirementKind;
import dev.bulwark.rule.Rule;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code bulwark policy}: every requirement with the rules that cover it, and a coverage line. */
public final class PolicyCoverageReport implements PolicyRenderer {
    @Override
    public void render(PolicyReport report, Writer out) {
        PrintWriter w = new PrintWriter(out);
        writeText(report.policy(), report.rules(), w);
        w.flush();
    }

    /** {@code bulwark policy --format json}. */
    public static final class JsonFormat implements PolicyRenderer {
        @Override
        public void render(PolicyReport report, Writer out) throws IOException {
            writeJson(report.policy(), report.rules(), out);
        }
    }

    public static void writeText(PolicyCatalogue policy, List<Rule> rules, PrintWriter out) {
        out.printf("%s %s%n%n", policy.id(), policy.title());
        String section = "";
        for (Requirement req : policy.requirements()) {
            if (!req.sectionId().equals(section)) {
                section = req.sectionId();
                out.printf("%s %s (SOC 2 %s)%n", section, req.sectionTitle(), String.join(", ", req.soc2()));
            }
            List<String> covering = PolicyEvaluation.rulesCovering(req, rules);
            out.printf("  %-6s %-16s %s%n", req.id(), kinds(req), req.title());
            out.printf("         %s%n", covering.isEmpty() ? "no rule" : String.join(" ", covering));
        }
        out.println();
        out.println(coverageLine(policy, rules));
        out.flush();
    }

    public static void writeJson(PolicyCatalogue policy, List<Rule> rules, Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("policy", policy.id());
        root.put("title", policy.title());
        ArrayNode reqs = root.putArray("requirements");
        for (Requirement req : policy.requirements()) {
            ObjectNode n = reqs.addObject();
            n.put("id", req.id());
            n.put("title", req.title());
            n.put("section", req.sectionId());
            ArrayNode k = n.putArray("kinds");
            req.kinds().stream().sorted().forEach(x -> k.add(x.name().toLowerCase(Locale.ROOT)));
            n.set("soc2", Json.strings(req.soc2()));
            n.set("coveredBy", Json.strings(req.coveredBy()));
            n.set("rules", Json.strings(PolicyEvaluation.rulesCovering(req, rules)));
        }
        List<Requirement> uncovered = PolicyEvaluation.uncoveredConfigRequirements(policy, rules);
        ObjectNode coverage = root.putObject("coverage");
        long config = policy.requirements().stream().filter(Requirement::isConfig).count();
        coverage.put("configRequirements", config);
        coverage.put("configRequirementsWithRules", config - uncovered.size());
        coverage.set("configRequirementsWithoutRules", Json.strings(uncovered.stream().map(Requirement::id).toList()));
        Json.write(root, out);
    }

    public static String coverageLine(PolicyCatalogue policy, List<Rule> rules) {
        List<Requirement> uncovered = PolicyEvaluation.uncoveredConfigRequirements(policy, rules);
        long config = policy.requirements().stream().filter(Requirement::isConfig).count();
        return String.format("coverage: %d of %d config requirements have at least one rule%s", config - uncovered.size(), config,
                uncovered.isEmpty() ? "" : "; none for " + String.join(", ", uncovered.stream().map(Requirement::id).toList()));
    }

    private static String kinds(Requirement req) {
        List<String> k = new ArrayList<>();
        for (RequirementKind kind : RequirementKind.values()) {
            if (req.kinds().contains(kind)) k.add(kind.name().toLowerCase(Locale.ROOT));
        }
        return String.join("+", k);
    }
}
