package dev.bulwark.rule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.model.UnknownKind;
import dev.bulwark.rule.cel.CelTerraformLogic;
import dev.bulwark.rule.cel.UnknownsAsReferences;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.secret.SecretFamily;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads rule files: YAML with a top-level {@code rules} list, each rule's metadata and its logic
 * per input kind. Built-in and custom packs use this same format. Every problem names the file,
 * the rule and the field.
 */
public final class RuleLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final Set<String> RULE_FIELDS = Set.of("id", "title", "severity", "requirements", "description",
            "remediation", "references", "aliases", "equivalents", "related", "logic", "terraform", "export", "git", "process", "secrets");
    private static final Set<String> EXPORT_FIELDS = Set.of("kind", "java");
    private static final Set<String> GIT_FIELDS = Set.of("java");
    private static final Set<String> PROCESS_FIELDS = Set.of("check");
    private static final Set<String> SECRETS_FIELDS = Set.of("family");
    private static final Set<String> LOGIC_FIELDS = Set.of("format", "resources", "related", "applies", "check", "message", "attribute", "java", "computed_values", "unknown_kinds");
    private static final Set<String> SCANNERS = Set.of("checkov", "kics", "trivy", "hadolint", "polaris", "kube-score");

    private final Predicate<String> requirementExists;
    private final boolean compileNow;

    /** A loader for rule packs: every CEL expression is compiled as it is read, so mistakes surface at once. */
    public RuleLoader(Predicate<String> requirementExists) {
        this(requirementExists, true);
    }

    private RuleLoader(Predicate<String> requirementExists, boolean compileNow) {
        this.requirementExists = requirementExists;
        this.compileNow = compileNow;
    }

    /**
     * A loader for the built-in rules, whose expressions the build compiles and tests: each compiles
     * on first use, so a scan pays only for the rules of the resource types it meets.
     */
    static RuleLoader compilingOnUse(Predicate<String> requirementExists) {
        return new RuleLoader(requirementExists, false);
    }

    /** Parses one rule file's text; {@code file} is how the file is named in messages. */
    public List<Rule> read(String file, String text) throws RuleException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new RuleException(file + where + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("rules").isArray()) {
            throw new RuleException(file + ": a rule file needs a top-level \"rules\" list");
        }
        List<Rule> out = new ArrayList<>();
        int i = 0;
        for (JsonNode r : root.path("rules")) {
            out.add(rule(r, file, i++));
        }
        return out;
    }

    private Rule rule(JsonNode r, String file, int index) throws RuleException {
        String where = file + ": rules[" + index + "]";
        if (!r.isObject()) throw new RuleException(where + ": each rule must be a mapping");
        String id = text(r, "id", where, true);
        if (!ID.matcher(id).matches()) throw new RuleException(where + ": field \"id\" must look like BW-AWS-S3-001, got \"" + id + "\"");
        where = file + ": rule " + id;
        unknownFields(r, RULE_FIELDS, where);
        String title = text(r, "title", where, true);
        String severityText = text(r, "severity", where, true);
        Severity severity = Severity.parse(severityText);
        if (severity == null) throw new RuleException(where + ": field \"severity\" must be LOW, MEDIUM, HIGH or CRITICAL, got \"" + severityText + "\"");
        List<String> requirements = strings(r, "requirements", where, true);
        for (String req : requirements) {
            if (!requirementExists.test(req)) throw new RuleException(where + ": field \"requirements\" names \"" + req + "\", which is not a requirement of the policy");
        }
        List<String> references = strings(r, "references", where, false);
        for (String ref : references) {
            if (!ref.startsWith("https://") && !ref.startsWith("http://")) throw new RuleException(where + ": field \"references\" must hold URLs, got \"" + ref + "\"");
        }
        Map<String, List<String>> equivalents = peerIds(r, "equivalents", where);
        Map<String, List<String>> related = peerIds(r, "related", where);
        for (Map.Entry<String, List<String>> e : related.entrySet()) {
            for (String peer : e.getValue()) {
                if (equivalents.getOrDefault(e.getKey(), List.of()).contains(peer)) {
                    throw new RuleException(where + ": " + e.getKey() + " check " + peer + " is listed both in \"equivalents\" and in \"related\";"
                            + " keep it in one (equivalents: it fails on the same configurations; related: it decides differently)");
                }
            }
        }
        RuleMetadata meta = new RuleMetadata(id, title, severity, requirements, text(r, "description", where, true),
                text(r, "remediation", where, true), references, strings(r, "aliases", where, false), equivalents, related);
        List<ResourceLogic> resources = new ArrayList<>();
        JsonNode logicNode = r.path("logic");
        // "terraform" is the older name of "logic"; there a missing format means any format with those resource types.
        JsonNode tf = r.path("terraform");
        JsonNode ex = r.path("export");
        JsonNode gitNode = r.path("git");
        JsonNode processNode = r.path("process");
        JsonNode secretsNode = r.path("secrets");
        if (logicNode.isMissingNode() && tf.isMissingNode() && ex.isMissingNode() && gitNode.isMissingNode() && processNode.isMissingNode()
                && secretsNode.isMissingNode()) {
            throw new RuleException(where + ": field \"logic\" is missing: a rule needs logic for at least one input kind"
                    + " (logic for resources, export, git, process or secrets)");
        }
        if (!logicNode.isMissingNode() && !tf.isMissingNode()) {
            throw new RuleException(where + ": fields \"logic\" and \"terraform\" are the same thing (terraform is the older name); keep one");
        }
        if (!logicNode.isMissingNode()) {
            for (JsonNode logic : logicNode.isArray() ? logicNode : List.of(logicNode)) resources.add(resourceLogic(logic, true, title, where + ": logic"));
        }
        if (!tf.isMissingNode()) {
            for (JsonNode logic : tf.isArray() ? tf : List.of(tf)) resources.add(resourceLogic(logic, false, title, where + ": terraform"));
        }
        List<ExportLogic> exports = new ArrayList<>();
        if (!ex.isMissingNode()) {
            for (JsonNode logic : ex.isArray() ? ex : List.of(ex)) {
                ExportLogic e = exportLogic(logic, where + ": export");
                if (exports.stream().anyMatch(o -> o.kind() == e.kind())) throw new RuleException(where + ": export: kind " + e.kind().id() + " is listed twice");
                exports.add(e);
            }
        }
        List<GitLogic> git = new ArrayList<>();
        if (!gitNode.isMissingNode()) git.add(gitLogic(gitNode, where + ": git"));
        List<ProcessLogic> process = new ArrayList<>();
        if (!processNode.isMissingNode()) process.add(processLogic(processNode, where + ": process"));
        List<SecretLogic> secrets = new ArrayList<>();
        if (!secretsNode.isMissingNode()) secrets.add(secretLogic(secretsNode, id, where + ": secrets"));
        return new Rule(meta, resources, exports, git, process, secrets, file);
    }

    /** {@code equivalents} or {@code related}: a map from scanner (checkov, kics, trivy, hadolint, polaris, kube-score) to that scanner's check ids. */
    private static Map<String, List<String>> peerIds(JsonNode r, String field, String where) throws RuleException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        JsonNode node = r.path(field);
        if (node.isMissingNode() || node.isNull()) return out;
        if (!node.isObject()) throw new RuleException(where + ": field \"" + field + "\" must map a scanner (checkov, kics, trivy, hadolint, polaris, kube-score) to a list of ids");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String scanner = it.next();
            if (!SCANNERS.contains(scanner)) throw new RuleException(where + ": field \"" + field + "\" names unknown scanner \"" + scanner + "\" (use checkov, kics, trivy, hadolint, polaris or kube-score)");
            out.put(scanner, strings(node, scanner, where + ": " + field, true));
        }
        return out;
    }

    /** A {@code process:} entry: the name of the process check (evidence cadence, document) that produces its findings. */
    private static ProcessLogic processLogic(JsonNode p, String where) throws RuleException {
        if (!p.isObject()) throw new RuleException(where + ": must be a mapping with check");
        unknownFields(p, PROCESS_FIELDS, where);
        String check = text(p, "check", where, true);
        if (!ProcessLogic.NAME.matcher(check).matches()) {
            throw new RuleException(where + ": field \"check\" must be a lower-case name like restore-test-cadence, got \"" + check + "\"");
        }
        return new ProcessLogic(check);
    }

    /**
     * A {@code secrets:} entry: the detector family ({@code dev.bulwark.secret.SecretFamily}) whose
     * matches this rule reports. Each family names its rule id, so the two must agree.
     */
    private static SecretLogic secretLogic(JsonNode s, String id, String where) throws RuleException {
        if (!s.isObject()) throw new RuleException(where + ": must be a mapping with family");
        unknownFields(s, SECRETS_FIELDS, where);
        String name = text(s, "family", where, true);
        SecretFamily family = SecretFamily.byId(name).orElseThrow(() -> new RuleException(where + ": field \"family\" names unknown secret family \""
                + name + "\" (use " + Arrays.stream(SecretFamily.values()).map(SecretFamily::id).collect(Collectors.joining(", ")) + ")"));
        if (!family.ruleId().equals(id)) {
            throw new RuleException(where + ": secret family " + name + " is reported by rule " + family.ruleId() + ", not " + id);
        }
        return new SecretLogic(family);
    }

    /** A {@code git:} entry: the Java class that judges a repository's change history. */
    private static GitLogic gitLogic(JsonNode g, String where) throws RuleException {
        if (!g.isObject()) throw new RuleException(where + ": must be a mapping with java");
        unknownFields(g, GIT_FIELDS, where);
        return JavaLogic.instantiateGit(text(g, "java", where, true), where);
    }

    /** An {@code export:} entry: {@code kind} (credential-report, roster, …) and the Java check class. */
    private static ExportLogic exportLogic(JsonNode e, String where) throws RuleException {
        if (!e.isObject()) throw new RuleException(where + ": must be a mapping with kind and java");
        unknownFields(e, EXPORT_FIELDS, where);
        String kindName = text(e, "kind", where, true);
        ExportKind kind = ExportKind.byId(kindName)
                .orElseThrow(() -> new RuleException(where + ": field \"kind\" names unknown export kind \"" + kindName + "\" (use "
                        + ExportKind.names() + ")"));
        return JavaLogic.instantiateExport(text(e, "java", where, true), kind, where);
    }

    /** A {@code logic:} entry (the format is required) or a {@code terraform:} one (the format is optional). */
    private ResourceLogic resourceLogic(JsonNode t, boolean formatRequired, String title, String where) throws RuleException {
        if (!t.isObject()) throw new RuleException(where + ": must be a mapping with format, resources and check");
        unknownFields(t, LOGIC_FIELDS, where);
        String format = text(t, "format", where, formatRequired);
        Set<String> types = new LinkedHashSet<>(strings(t, "resources", where, true));
        List<String> related = strings(t, "related", where, false);
        String javaClass = text(t, "java", where, false);
        if (javaClass != null) {
            for (String cel : List.of("applies", "check", "message")) {
                if (t.has(cel)) throw new RuleException(where + ": field \"" + cel + "\" is for CEL logic; Java logic (field \"java\") decides alone, NOT_APPLICABLE included");
            }
            return JavaLogic.instantiate(javaClass, format, types, where);
        }
        String computed = text(t, "computed_values", where, false);
        if (computed != null && !computed.equals("unknown") && !computed.equals("reference")) {
            throw new RuleException(where + ": field \"computed_values\" must be unknown (the default) or reference, got \"" + computed + "\"");
        }
        UnknownsAsReferences references = new UnknownsAsReferences("reference".equals(computed), unknownKinds(t, where));
        String applies = text(t, "applies", where, false);
        String check = text(t, "check", where, true);
        String message = text(t, "message", where, false);
        String attribute = text(t, "attribute", where, false);
        return compileNow
                ? CelTerraformLogic.compile(format, types, related, applies, check, message, attribute, title, references, where)
                : CelTerraformLogic.deferred(format, types, related, applies, check, message, attribute, title, references, where);
    }

    /** The kinds of unknown value whose every value gives the rule the same verdict (field unknown_kinds). */
    private static Set<UnknownKind> unknownKinds(JsonNode t, String where) throws RuleException {
        Set<UnknownKind> kinds = new LinkedHashSet<>();
        for (String id : strings(t, "unknown_kinds", where, false)) {
            UnknownKind kind = UnknownKind.byId(id);
            if (kind == null) {
                List<String> known = new ArrayList<>();
                for (UnknownKind k : UnknownKind.values()) known.add(k.id());
                throw new RuleException(where + ": field \"unknown_kinds\" names \"" + id + "\", which is not a kind of unknown value (kinds: "
                        + String.join(", ", known) + ")");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static void unknownFields(JsonNode n, Set<String> allowed, String where) throws RuleException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) throw new RuleException(where + ": unknown field \"" + f + "\" (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
        }
    }

    private static String text(JsonNode n, String field, String where, boolean required) throws RuleException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new RuleException(where + ": field \"" + field + "\" is missing");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) throw new RuleException(where + ": field \"" + field + "\" must be a non-empty string");
        return v.asText().strip();
    }

    private static List<String> strings(JsonNode n, String field, String where, boolean required) throws RuleException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new RuleException(where + ": field \"" + field + "\" is missing");
            return List.of();
        }
        if (!v.isArray()) throw new RuleException(where + ": field \"" + field + "\" must be a list");
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() && !item.isNumber()) throw new RuleException(where + ": field \"" + field + "\" must hold strings");
            out.add(item.asText());
        }
        if (required && out.isEmpty()) throw new RuleException(where + ": field \"" + field + "\" must not be empty");
        return out;
    }
}
