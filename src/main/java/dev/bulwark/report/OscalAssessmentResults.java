package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.Requirement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one OSCAL 1.1.3 {@code assessment-results} document with one result: an observation per
 * check (a rule on one subject) and a finding per requirement with a determination, pointing at the
 * observations behind it. Scan and status reports fill it; see docs/oscal.md for the mapping and
 * for the keys the UUIDs are made from.
 */
final class OscalAssessmentResults {
    /**
     * One check: a rule's verdict on one subject.
     *
     * @param status   PASS, FAIL, UNKNOWN or NOT_APPLICABLE (process checks: DUE_SOON too)
     * @param file     where the subject is; null or empty when it has no file
     * @param line     its first line, 0 when unknown
     */
    record Check(String rule, String ruleTitle, String status, String severity, List<String> requirements, String subject,
                 String subjectType, String file, int line, String message, boolean suppressed) {}

    private final String scope;
    private final PolicyCatalogue policy;
    private final Instant time;
    private final String version;
    private final String title;
    private final String description;
    private final ArrayNode observations = Json.MAPPER.createArrayNode();
    private final ArrayNode findings = Json.MAPPER.createArrayNode();
    private final Map<String, ObjectNode> subjects = new LinkedHashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<Check, String> observed = new HashMap<>();

    /**
     * @param scope  what was assessed, as a key: {@code scan|<source root>} or {@code status|<project directory>};
     *               every UUID of the document derives from it
     */
    OscalAssessmentResults(String scope, PolicyCatalogue policy, Instant time, String version, String title, String description) {
        this.scope = scope;
        this.policy = policy;
        this.time = time.truncatedTo(ChronoUnit.SECONDS);
        this.version = version;
        this.title = title;
        this.description = description;
    }

    /** Adds the observation of one check and returns its UUID; a check given again keeps its first observation. */
    String observe(Check c) {
        String known = observed.get(c);
        if (known != null) return known;
        String key = scope + "|observation|" + c.rule() + "|" + c.subject() + "|" + (c.file() == null ? "" : c.file());
        int n = seen.merge(key, 1, Integer::sum);
        String uuid = OscalIds.uuid(n == 1 ? key : key + "|" + n); // the same rule twice on one subject: numbered in report order
        ObjectNode o = observations.addObject();
        o.put("uuid", uuid);
        o.put("title", c.rule() + " " + c.status() + ": " + c.subject());
        o.put("description", c.message() == null || c.message().isBlank() ? c.ruleTitle() : c.message());
        ArrayNode props = o.putArray("props");
        props.add(OscalCatalogReport.prop("rule", c.rule()));
        props.add(OscalCatalogReport.prop("status", c.status()));
        if (c.severity() != null) props.add(OscalCatalogReport.prop("severity", c.severity()));
        for (String r : c.requirements()) props.add(OscalCatalogReport.prop("requirement", r));
        if (c.suppressed()) props.add(OscalCatalogReport.prop("suppressed", "true"));
        o.putArray("methods").add("TEST");
        if (c.status().equals("FAIL")) o.putArray("types").add("finding");
        ObjectNode subject = o.putArray("subjects").addObject();
        subject.put("subject-uuid", subject(c));
        subject.put("type", "resource");
        subject.put("title", c.subject());
        String href = OscalIds.href(c.file());
        if (href != null) {
            ObjectNode evidence = o.putArray("relevant-evidence").addObject();
            evidence.put("href", href);
            evidence.put("description", c.line() > 0 ? c.file() + ":" + c.line() : c.file());
        }
        o.put("collected", time.toString());
        observed.put(c, uuid);
        return uuid;
    }

    /**
     * Adds the finding on one requirement. {@code satisfied} is the determination; {@code decided}
     * false says the checks could not decide it (an OSCAL target is satisfied or not: undecided is
     * written as not satisfied for reason "other", with the remark that it is undecided).
     */
    void find(Requirement r, boolean satisfied, boolean decided, String status, String summary, List<String> observationUuids) {
        ObjectNode f = findings.addObject();
        f.put("uuid", OscalIds.uuid(scope + "|finding|" + r.id()));
        f.put("title", r.id() + " " + r.title());
        f.put("description", summary);
        ArrayNode props = f.putArray("props");
        props.add(OscalCatalogReport.prop("status", status));
        for (String c : r.soc2()) props.add(OscalCatalogReport.prop("soc2-criterion", c));
        ObjectNode target = f.putObject("target");
        target.put("type", "statement-id");
        target.put("target-id", OscalIds.statement(r.id()));
        ObjectNode st = target.putObject("status");
        st.put("state", satisfied ? "satisfied" : "not-satisfied");
        st.put("reason", !decided ? "other" : satisfied ? "pass" : "fail");
        if (!decided) st.put("remarks", "Undecided: some check could not be decided from what was given.");
        if (!observationUuids.isEmpty()) {
            ArrayNode related = f.putArray("related-observations");
            for (String u : observationUuids) related.addObject().put("observation-uuid", u);
        }
    }

    ObjectNode toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode ar = root.putObject("assessment-results");
        ar.put("uuid", OscalIds.uuid(scope + "|assessment-results"));
        ObjectNode metadata = ar.putObject("metadata");
        metadata.put("title", title);
        metadata.put("last-modified", time.toString());
        metadata.put("version", version);
        metadata.put("oscal-version", OscalIds.OSCAL_VERSION);
        metadata.putArray("props").add(OscalCatalogReport.prop("policy-id", policy.id()));
        String plan = OscalIds.uuid(scope + "|assessment-plan");
        ObjectNode importAp = ar.putObject("import-ap");
        importAp.put("href", "#" + plan);
        importAp.put("remarks", "There is no separate assessment plan: the plan is the policy and the Bulwark rules that check it, "
                + "described by the back-matter resource this refers to (bulwark policy --format oscal-catalog writes the catalog).");
        ObjectNode result = ar.putArray("results").addObject();
        result.put("uuid", OscalIds.uuid(scope + "|result"));
        result.put("title", title);
        result.put("description", description);
        result.put("start", time.toString());
        ArrayNode include = result.putObject("reviewed-controls").putArray("control-selections").addObject().putArray("include-controls");
        for (Requirement r : policy.requirements()) include.addObject().put("control-id", OscalIds.control(r.id()));
        if (!observations.isEmpty()) result.set("observations", observations);
        if (!findings.isEmpty()) result.set("findings", findings);
        ArrayNode resources = ar.putObject("back-matter").putArray("resources");
        ObjectNode planResource = resources.addObject();
        planResource.put("uuid", plan);
        planResource.put("title", "Assessment plan: " + policy.id() + " " + policy.title() + ", checked by Bulwark");
        planResource.put("description", "Every requirement of " + policy.id() + " is assessed by the Bulwark rules that cover it "
                + "(configuration checks, evidence cadences, document reviews), as the policy catalog lists them.");
        subjects.values().forEach(resources::add);
        return root;
    }

    /** The UUID of the subject a check is about, with a back-matter resource that names it. */
    private String subject(Check c) {
        String key = "subject|" + c.subjectType() + "|" + c.subject() + "|" + (c.file() == null ? "" : c.file());
        String uuid = OscalIds.uuid(scope + "|" + key);
        subjects.computeIfAbsent(uuid, u -> {
            ObjectNode res = Json.MAPPER.createObjectNode();
            res.put("uuid", u);
            res.put("title", c.subject());
            ArrayNode props = res.putArray("props");
            if (c.subjectType() != null && !c.subjectType().isBlank()) props.add(OscalCatalogReport.prop("resource-type", c.subjectType()));
            if (c.file() != null && !c.file().isBlank()) props.add(OscalCatalogReport.prop("file", c.file()));
            if (props.isEmpty()) res.remove("props");
            return res;
        });
        return uuid;
    }
}
