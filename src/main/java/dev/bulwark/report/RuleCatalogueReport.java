package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleMetadata;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code bulwark rules} and {@code bulwark explain}: the rules' metadata, for people and as JSON. */
public final class RuleCatalogueReport {
    private RuleCatalogueReport() {}

    public static void writeText(List<Rule> rules, PolicyCatalogue policy, PrintWriter out) {
        out.printf("%-16s %-9s %-14s %s%n", "id", "severity", "requirements", "title");
        for (Rule r : rules) {
            RuleMetadata m = r.metadata();
            out.printf("%-16s %-9s %-14s %s%n", m.id(), m.severity(), String.join(",", m.requirements()), m.title());
        }
        out.printf("%d rules%n", rules.size());
        out.flush();
    }

    public static void writeJson(List<Rule> rules, PolicyCatalogue policy, Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("rules");
        for (Rule r : rules) list.add(toJson(r, policy));
        Json.write(root, out);
    }

    public static ObjectNode toJson(Rule r, PolicyCatalogue policy) {
        RuleMetadata m = r.metadata();
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", m.id());
        n.put("title", m.title());
        n.put("severity", m.severity().name());
        n.set("requirements", Json.strings(m.requirements()));
        n.set("soc2", Json.strings(policy.soc2For(m.requirements())));
        n.put("description", m.description());
        n.put("remediation", m.remediation());
        n.set("references", Json.strings(m.references()));
        n.set("aliases", Json.strings(m.aliases()));
        n.set("equivalents", byScanner(m.equivalents()));
        n.set("related", byScanner(m.related()));
        n.set("resourceTypes", Json.strings(r.resourceTypes().stream().sorted().toList()));
        n.set("inputs", Json.strings(inputs(r)));
        n.put("source", r.source());
        return n;
    }

    public static void explain(Rule r, PolicyCatalogue policy, PrintWriter out) {
        RuleMetadata m = r.metadata();
        out.printf("%s  %s%n", m.id(), m.title());
        out.printf("severity:     %s%n", m.severity());
        for (String req : m.requirements()) {
            var q = policy.requirement(req);
            out.printf("requirement:  %s %s (SOC 2 %s)%n", req, q == null ? "" : q.title(), q == null ? "" : String.join(", ", q.soc2()));
        }
        if (!r.resourceTypes().isEmpty()) out.printf("checks:       %s%n", String.join(", ", r.resourceTypes().stream().sorted().toList()));
        List<String> inputs = inputs(r).stream().filter(i -> !i.equals("terraform")).toList();
        if (!inputs.isEmpty()) out.printf("reads:        %s%n", String.join(", ", inputs));
        if (!m.aliases().isEmpty()) out.printf("old ids:      %s%n", String.join(", ", m.aliases()));
        // Sorted: the metadata's map has no stable order, and the output should not change between runs.
        new TreeMap<>(m.equivalents()).forEach((tool, ids) -> out.printf("same as:      %s %s%n", tool, String.join(", ", ids)));
        new TreeMap<>(m.related()).forEach((tool, ids) -> out.printf("related:      %s %s (decide differently)%n", tool, String.join(", ", ids)));
        out.println();
        out.println(wrap(m.description()));
        out.println();
        out.println("Fix: " + wrap(m.remediation()));
        if (!m.references().isEmpty()) {
            out.println();
            m.references().forEach(u -> out.println("  " + u));
        }
        out.flush();
    }

    /** Peer check ids by scanner, in scanner name order so the output is the same every run. */
    private static ObjectNode byScanner(Map<String, List<String>> ids) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        new TreeMap<>(ids).forEach((scanner, list) -> out.set(scanner, Json.strings(list)));
        return out;
    }

    /** What a rule reads: terraform, an export kind (credential-report, trivy …), git history, process records. */
    static List<String> inputs(Rule r) {
        List<String> out = new java.util.ArrayList<>();
        out.addAll(r.formats());
        r.exportKinds().stream().map(k -> k.id()).sorted().forEach(out::add);
        if (!r.git().isEmpty()) out.add("git history");
        if (!r.process().isEmpty()) out.add("evidence and documents");
        return out;
    }

    private static String wrap(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
