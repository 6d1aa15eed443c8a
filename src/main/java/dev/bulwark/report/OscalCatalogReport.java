package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.policy.Requirement;
import dev.bulwark.policy.RequirementKind;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bulwark policy --format oscal-catalog}: the policy as an OSCAL 1.1.3 catalog for GRC tools.
 * One group per policy section, one control per requirement with its statement, the SOC 2 criteria
 * as properties and as links to back-matter resources, and an assessment-method part naming the
 * rules that check it (TEST) or the evidence and documents that show it (EXAMINE).
 */
public final class OscalCatalogReport implements PolicyRenderer {
    private final Instant time;

    public OscalCatalogReport(Instant time) {
        this.time = time.truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public void render(PolicyReport report, Writer out) throws IOException {
        Json.write(toJson(report), out);
    }

    public ObjectNode toJson(PolicyReport report) {
        PolicyCatalogue policy = report.policy();
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode catalog = root.putObject("catalog");
        catalog.put("uuid", OscalIds.uuid("catalog|" + policy.id()));
        ObjectNode metadata = catalog.putObject("metadata");
        metadata.put("title", policy.id() + " " + policy.title());
        metadata.put("last-modified", time.toString());
        metadata.put("version", report.toolVersion());
        metadata.put("oscal-version", OscalIds.OSCAL_VERSION);
        metadata.putArray("props").add(prop("policy-id", policy.id()));
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        Set<String> criteria = new LinkedHashSet<>();
        ArrayNode groupNodes = catalog.putArray("groups");
        for (Requirement r : policy.requirements()) {
            ObjectNode group = groups.computeIfAbsent(r.sectionId(), id -> {
                ObjectNode g = groupNodes.addObject();
                g.put("id", OscalIds.group(id));
                g.put("title", r.sectionTitle());
                ArrayNode props = g.putArray("props");
                props.add(oscalProp("label", id));
                for (String c : r.soc2()) props.add(prop("soc2-criterion", c));
                g.putArray("controls");
                return g;
            });
            criteria.addAll(r.soc2());
            ((ArrayNode) group.get("controls")).add(control(r, report));
        }
        ArrayNode resources = catalog.putObject("back-matter").putArray("resources");
        for (String c : criteria) {
            ObjectNode res = resources.addObject();
            res.put("uuid", criterionUuid(c));
            res.put("title", "SOC 2 " + c);
            res.put("description", "AICPA Trust Services Criteria, criterion " + c + ".");
            res.putArray("props").add(prop("soc2-criterion", c));
        }
        return root;
    }

    private static ObjectNode control(Requirement r, PolicyReport report) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.put("id", OscalIds.control(r.id()));
        c.put("title", r.title());
        ArrayNode props = c.putArray("props");
        props.add(oscalProp("label", r.id()));
        for (RequirementKind k : RequirementKind.values()) {
            if (r.kinds().contains(k)) props.add(prop("requirement-kind", k.name().toLowerCase(Locale.ROOT)));
        }
        for (String s : r.soc2()) props.add(prop("soc2-criterion", s));
        for (String other : r.coveredBy()) props.add(prop("covered-by", other));
        ArrayNode links = c.putArray("links");
        for (String s : r.soc2()) {
            ObjectNode link = links.addObject();
            link.put("href", "#" + criterionUuid(s));
            link.put("rel", "reference");
            link.put("text", "SOC 2 " + s);
        }
        ArrayNode parts = c.putArray("parts");
        ObjectNode statement = parts.addObject();
        statement.put("id", OscalIds.statement(r.id()));
        statement.put("name", "statement");
        statement.put("prose", r.title() + ".");
        List<String> rules = PolicyEvaluation.rulesCovering(r, report.rules());
        ObjectNode method = parts.addObject();
        method.put("id", OscalIds.control(r.id()) + "_asm");
        method.put("name", "assessment-method");
        boolean tested = !rules.isEmpty();
        boolean examined = r.kinds().contains(RequirementKind.EVIDENCE) || r.kinds().contains(RequirementKind.DOCUMENT);
        ArrayNode methodProps = method.putArray("props");
        if (tested) methodProps.add(oscalProp("method", "TEST"));
        if (examined || !tested) methodProps.add(oscalProp("method", "EXAMINE"));
        for (String rule : rules) methodProps.add(prop("rule", rule));
        method.put("prose", prose(r, rules));
        return c;
    }

    private static String prose(Requirement r, List<String> rules) {
        StringBuilder b = new StringBuilder();
        if (!rules.isEmpty()) b.append("Bulwark checks the configuration with ").append(String.join(", ", rules)).append('.');
        if (r.kinds().contains(RequirementKind.EVIDENCE)) b.append(b.isEmpty() ? "" : " ").append("Recurring work is recorded in the evidence ledger and checked against its cadence.");
        if (r.kinds().contains(RequirementKind.DOCUMENT)) b.append(b.isEmpty() ? "" : " ").append("A document must exist and be reviewed on schedule.");
        if (!r.coveredBy().isEmpty()) b.append(b.isEmpty() ? "" : " ").append("Checked through ").append(String.join(", ", r.coveredBy())).append('.');
        if (b.isEmpty()) b.append("No Bulwark rule checks this requirement: it is examined by people.");
        return b.toString();
    }

    static String criterionUuid(String criterion) {
        return OscalIds.uuid("soc2|" + criterion);
    }

    /** A property in Bulwark's namespace. */
    static ObjectNode prop(String name, String value) {
        ObjectNode p = oscalProp(name, value);
        p.put("ns", OscalIds.PROPERTY_NS);
        return p;
    }

    /** A property OSCAL itself defines (label, method). */
    static ObjectNode oscalProp(String name, String value) {
        ObjectNode p = Json.MAPPER.createObjectNode();
        p.put("name", name);
        p.put("value", value);
        return p;
    }
}
