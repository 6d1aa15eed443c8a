package dev.bulwark.rule.cel;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.ResourceLogic;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.UnknownContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule logic written in CEL: {@code applies}, when given, is evaluated first and false makes the
 * result NOT_APPLICABLE (the resource is not of the kind the rule is about); {@code check} is true when
 * the resource complies; {@code message}, evaluated on failure, says what is wrong with the actual
 * value; {@code attribute} is where to point. A result that depends on an unknown value, in
 * {@code applies} as in {@code check}, is UNKNOWN, naming the value and why it is unknown.
 */
public final class CelTerraformLogic implements ResourceLogic {
    private final String format;
    private final Set<String> types;
    private final List<String> related;
    private final Source source;
    private final String attribute;
    private final String title;
    private final UnknownsAsReferences references;
    /** Key of this rule's CEL form of the resource, shared by the rules that read unknowns alike. */
    private final String resourceKey;
    /** Keys of the CEL forms of related resources, by variable and entry, then position: built once, not per evaluation. */
    private final Map<String, List<String>> relatedKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Programs programs;

    /** The expressions as written; {@code where} names the rule file and field for error messages. */
    private record Source(String applies, String check, String message, String where) {}

    /** {@code applies} and {@code message} are null when the rule does not write them. */
    private record Programs(CelEnvironment.Compiled applies, CelEnvironment.Compiled check, CelEnvironment.Compiled message) {}

    /** The message of a NOT_APPLICABLE finding: the rule's own words would repeat its {@code applies} expression. */
    static final String NOT_APPLICABLE = "the rule does not apply to this resource (its applies condition is false)";

    private CelTerraformLogic(String format, Set<String> types, List<String> related, Source source, String attribute, String title,
                              UnknownsAsReferences references) {
        this.format = format;
        this.types = Set.copyOf(types);
        this.related = List.copyOf(related);
        this.source = source;
        this.attribute = attribute;
        this.title = title;
        this.references = references;
        this.resourceKey = RESOURCE + references.key();
    }

    /**
     * Compiles now, so a mistake in the expressions is reported when the rule is loaded.
     * @param where names the rule file and field for error messages, e.g. "rules/s3.yaml: BW-AWS-S3-001"
     */
    public static CelTerraformLogic compile(Set<String> types, List<String> related, String applies, String check, String message,
                                            String attribute, String title, boolean computedAsReference, String where)
            throws RuleException {
        return compile(null, types, related, applies, check, message, attribute, title, UnknownsAsReferences.of(computedAsReference), where);
    }

    /**
     * As above, for the resources of {@code types} in {@code format} (null: in any format), with the
     * unknown values the rule reads as references (computed values, kinds).
     */
    public static CelTerraformLogic compile(String format, Set<String> types, List<String> related, String applies, String check, String message,
                                            String attribute, String title, UnknownsAsReferences references, String where)
            throws RuleException {
        CelTerraformLogic logic = deferred(format, types, related, applies, check, message, attribute, title, references, where);
        logic.programs();
        return logic;
    }

    /**
     * Compiles on first use: for the built-in rules, which the build has compiled and tested, so that a
     * scan compiles only the rules for the resource types it meets.
     */
    public static CelTerraformLogic deferred(Set<String> types, List<String> related, String applies, String check, String message,
                                             String attribute, String title, boolean computedAsReference, String where) {
        return deferred(null, types, related, applies, check, message, attribute, title, UnknownsAsReferences.of(computedAsReference), where);
    }

    /** As above, for {@code format} (null: any), with the unknown values the rule reads as references (computed values, kinds). */
    public static CelTerraformLogic deferred(String format, Set<String> types, List<String> related, String applies, String check, String message,
                                             String attribute, String title, UnknownsAsReferences references, String where) {
        return new CelTerraformLogic(format, types, related, new Source(applies, check, message, where), attribute, title, references);
    }

    private Programs programs() throws RuleException {
        Programs p = programs;
        if (p == null) {
            synchronized (this) {
                p = programs;
                if (p == null) {
                    p = new Programs(source.applies() == null ? null : compileField(source.applies(), SimpleType.BOOL, source.where() + ": applies"),
                            compileField(source.check(), SimpleType.BOOL, source.where() + ": check"),
                            source.message() == null ? null : compileField(source.message(), SimpleType.STRING, source.where() + ": message"));
                    programs = p;
                }
            }
        }
        return p;
    }

    private static CelEnvironment.Compiled compileField(String expression, dev.cel.common.types.CelType type, String where) throws RuleException {
        try {
            return CelEnvironment.compile(expression, type);
        } catch (CelValidationException e) {
            throw new RuleException(where + ": invalid CEL expression:\n" + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new RuleException(where + ": " + e.getMessage());
        }
    }

    /** The expressions as written, with the type each must give. */
    Map<String, dev.cel.common.types.CelType> expressions() {
        Map<String, dev.cel.common.types.CelType> out = new LinkedHashMap<>();
        if (source.applies() != null) out.put(source.applies(), SimpleType.BOOL);
        out.put(source.check(), SimpleType.BOOL);
        if (source.message() != null) out.put(source.message(), SimpleType.STRING);
        return out;
    }

    /** Whether every expression runs planned rather than on CEL's interpreter. */
    boolean planned() throws RuleException {
        Programs p = programs();
        return (p.applies() == null || p.applies().planned() != null) && p.check().planned() != null
                && (p.message() == null || p.message().planned() != null);
    }

    @Override
    public Set<String> resourceTypes() {
        return types;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Outcome evaluate(Resource resource, RuleContext context) {
        Programs p;
        try {
            p = programs();
        } catch (RuleException e) {
            return Outcome.unknown("the rule does not compile: " + e.getMessage(), attribute);
        }
        Input input = input(resource, context);
        if (p.applies() != null) {
            Object applies;
            try {
                applies = input.evaluate(p.applies());
            } catch (CelEvaluationException e) {
                UnreadableValue.Reason r = UnreadableValue.explain(e, input.values);
                return Outcome.unknown("cannot decide whether the rule applies: " + r.text(), r.attribute() != null ? r.attribute() : attribute);
            }
            if (applies instanceof CelUnknownSet unknown) {
                return Outcome.unknown(describeUnknown(unknown, input.unknowns) + " (needed to decide whether the rule applies)",
                        firstUnknownPath(unknown));
            }
            if (Boolean.FALSE.equals(applies)) return Outcome.notApplicable(NOT_APPLICABLE);
            if (!Boolean.TRUE.equals(applies)) return Outcome.unknown("the rule's applies gave " + applies + " instead of true or false", attribute);
        }
        Object result;
        try {
            result = input.evaluate(p.check());
        } catch (CelEvaluationException e) {
            UnreadableValue.Reason r = UnreadableValue.explain(e, input.values);
            return Outcome.unknown("cannot decide: " + r.text(), r.attribute() != null ? r.attribute() : attribute);
        }
        if (result instanceof CelUnknownSet unknown) {
            return Outcome.unknown(describeUnknown(unknown, input.unknowns), firstUnknownPath(unknown));
        }
        if (Boolean.TRUE.equals(result)) return Outcome.pass(title);
        if (Boolean.FALSE.equals(result)) return failure(p.message(), input, resource, context);
        return Outcome.unknown("the rule gave " + result + " instead of true or false", attribute);
    }

    /**
     * A failure, with the rule's message on this resource. Reading the values to say what is wrong
     * may meet one of a shape the rule cannot read (a list where the provider takes a bool): that is
     * undecided, as in the check itself. A message that reads an unknown value is built again with
     * each unknown value as its description, else with the unknown values left out, so it still says
     * what is wrong; when even that fails, the address and the rule's title stand in, marked
     * {@link #MESSAGE_UNAVAILABLE}.
     */
    private Outcome failure(CelEnvironment.Compiled message, Input input, Resource resource, RuleContext context) {
        if (message != null) {
            Object m;
            try {
                m = input.evaluate(message);
            } catch (CelEvaluationException e) {
                UnreadableValue.Reason r = UnreadableValue.explain(e, input.values);
                return Outcome.unknown("cannot decide: " + r.text(), r.attribute() != null ? r.attribute() : attribute);
            }
            if (m instanceof String s) return Outcome.fail(s, attribute);
            for (boolean asText : new boolean[] {true, false}) {
                try {
                    if (message.evaluate(withUnknowns(asText, resource, context, input)) instanceof String s) return Outcome.fail(s, attribute);
                } catch (CelEvaluationException e) {
                    // tries the next way, then the stand-in message
                }
            }
        }
        return Outcome.fail(resource.address() + " does not meet this rule (" + title + ")" + MESSAGE_UNAVAILABLE, attribute);
    }

    /** Ends a failure message the rule could not build on this resource: a rule defect, which the built-in rules' tests rule out. */
    public static final String MESSAGE_UNAVAILABLE = "; the rule's own message could not be built on this resource";

    /** The input again with each unknown value as its description ({@code asText}), or left out. */
    private Map<String, Object> withUnknowns(boolean asText, Resource resource, RuleContext context, Input input) {
        java.util.function.Function<Resource, Object> convert = r -> asText
                ? CelInput.withUnknownsAsText(PolicyShapes.normalize(r.attributes()), references)
                : CelInput.withUnknownsLeftOut(PolicyShapes.normalize(r.attributes()), references);
        Map<String, Object> values = new HashMap<>(input.values);
        values.put("resource", convert.apply(resource));
        for (String variable : List.of("referrers", "referenced")) {
            Map<String, Object> byType = new LinkedHashMap<>();
            for (String entry : related) {
                byType.put(entry, related(entry, resource, context, variable.equals("referrers")).stream().map(convert).toList());
            }
            if (!related.isEmpty()) values.put(variable, byType);
        }
        return values;
    }

    private static String describeUnknown(CelUnknownSet set, Map<CelAttributePattern, Value.Unknown> unknownAt) {
        Map<String, Value.Unknown> unknowns = new LinkedHashMap<>();
        unknownAt.forEach((pattern, u) -> unknowns.put(pattern.toString(), u));
        Set<String> parts = new LinkedHashSet<>();
        for (CelAttribute a : set.attributes()) {
            String path = a.toString();
            Value.Unknown u = unknowns.get(path);
            if (u == null) {
                for (Map.Entry<String, Value.Unknown> e : unknowns.entrySet()) {
                    if (e.getKey().startsWith(path)) {
                        u = e.getValue();
                        path = e.getKey();
                        break;
                    }
                }
            }
            parts.add(readable(path) + " is unknown" + (u == null ? "" : " (" + u.describe() + ")"));
        }
        return "cannot decide: " + String.join("; ", parts);
    }

    private static String firstUnknownPath(CelUnknownSet set) {
        for (CelAttribute a : set.attributes()) {
            String p = a.toString();
            if (p.startsWith("resource.")) return p.substring("resource.".length());
        }
        return null;
    }

    private static String readable(String celPath) {
        return celPath.startsWith("resource.") ? celPath.substring("resource.".length()) : celPath;
    }

    private Input input(Resource resource, RuleContext context) {
        Input in = new Input();
        in.put("resource", context.derived(resource, resourceKey,
                () -> CelInput.convert("resource", List.of(), PolicyShapes.normalize(resource.attributes()), references)));
        in.values.put("meta", context.derived(resource, META, () -> meta(resource)));
        in.values.put("referrers", related("referrers", resource, context, true, in));
        in.values.put("referenced", related("referenced", resource, context, false, in));
        in.values.put("settings", context.settings());
        return in;
    }

    /** Keys of the per-resource values every rule shares. */
    private static final String RESOURCE = "cel:resource", META = "cel:meta";

    private static Map<String, Object> meta(Resource resource) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("address", resource.address());
        meta.put("type", resource.type());
        meta.put("name", resource.name());
        meta.put("module", resource.modulePath());
        return meta;
    }

    private Map<String, Object> related(String variable, Resource resource, RuleContext context, boolean referrers, Input in) {
        if (related.isEmpty()) return Map.of();
        Map<String, Object> byType = new LinkedHashMap<>();
        for (String entry : related) {
            List<Resource> found = related(entry, resource, context, referrers);
            List<Object> list = new ArrayList<>(found.size());
            List<String> keys = found.isEmpty() ? List.of() : relatedKeys(variable, entry, found.size());
            for (int i = 0; i < found.size(); i++) {
                Resource other = found.get(i);
                int position = i;
                CelInput.Converted c = context.derived(other, keys.get(i), () -> CelInput.convert(variable,
                        List.of(CelAttribute.Qualifier.ofString(entry), CelAttribute.Qualifier.ofInt(position)),
                        PolicyShapes.normalize(other.attributes()), references));
                in.absorb(c);
                list.add(c.value());
            }
            byType.put(entry, list);
        }
        return byType;
    }

    /** The keys of the first {@code count} related resources' CEL forms under {@code variable.entry}. */
    private List<String> relatedKeys(String variable, String entry, int count) {
        String at = variable + ":" + entry;
        List<String> keys = relatedKeys.get(at);
        if (keys != null && keys.size() >= count) return keys;
        List<String> more = new ArrayList<>(Math.max(count, 4));
        for (int i = 0; i < Math.max(count, 4); i++) more.add("cel:" + at + ":" + i + ":" + references.key());
        relatedKeys.put(at, List.copyOf(more));
        return more;
    }

    /** The resources one {@code related} entry names: "type" relates through any attribute, "type.attribute" only through that one (referrers only). */
    private static List<Resource> related(String entry, Resource resource, RuleContext context, boolean referrers) {
        int dot = entry.indexOf('.');
        String type = dot < 0 ? entry : entry.substring(0, dot);
        return referrers
                ? (dot < 0 ? context.referrers(resource, type) : context.referrersThrough(resource, type, entry.substring(dot + 1)))
                : context.referenced(resource, type);
    }

    /** Variables for one evaluation, and the unknowns inside them. */
    private static final class Input {
        final Map<String, Object> values = new HashMap<>(8);
        /** Where the unknown values are; most inputs hold none, and this stays empty and shared. */
        Map<CelAttributePattern, Value.Unknown> unknowns = Map.of();

        void put(String name, CelInput.Converted c) {
            values.put(name, c.value());
            absorb(c);
        }

        void absorb(CelInput.Converted c) {
            if (c.unknowns().isEmpty()) return;
            if (unknowns.isEmpty()) unknowns = new LinkedHashMap<>();
            unknowns.putAll(c.unknowns());
        }

        Optional<Object> resolve(String name) {
            return Optional.ofNullable(values.get(name));
        }

        /**
         * The plain interpreter first: its result stands when no unknown value was read. Otherwise
         * CEL's unknown tracking decides, which is exact but several times slower.
         */
        Object evaluate(CelEnvironment.Compiled program) throws CelEvaluationException {
            if (unknowns.isEmpty()) return program.evaluate(values);
            UnknownReads.reset();
            try {
                Object result = program.evaluate(values);
                if (!UnknownReads.happened()) return result;
            } catch (CelEvaluationException e) {
                if (!UnknownReads.happened()) throw e;
            }
            return program.tracking().advanceEvaluation(UnknownContext.create(this::resolve, List.copyOf(unknowns.keySet())));
        }
    }
}
