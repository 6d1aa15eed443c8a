package dev.bulwark.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shapes one resource's attributes can take besides the one written: for each value in the tree
 * (to a bounded depth) the value missing, null, unknown, of another kind, a list of it, a block list
 * cut to 0 or grown to 2 elements or given as its one object, a number or boolean as a string; for
 * policy documents each legal form of Statement, Principal, Effect, Action and Condition; and every
 * top-level attribute a rule reads but the resource does not set, in each kind.
 */
final class ShapeVariants {
    private static final int MAX_DEPTH = 7;

    /** One changed attribute tree; {@code name} says where and how, by path without list indices. */
    record Variant(String name, Value.Obj attributes) {}

    private ShapeVariants() {}

    static List<Variant> of(Value.Obj attributes, Set<String> vocabulary) {
        List<Variant> out = new ArrayList<>();
        walk(attributes, attributes, new ArrayList<>(), out);
        for (String name : vocabulary) {
            if (attributes.fields().containsKey(name)) continue;
            for (Map.Entry<String, Value> kind : someOfEveryKind().entrySet()) {
                out.add(new Variant(name + " added as " + kind.getKey(), (Value.Obj) replace(attributes, List.of(name), 0, v -> kind.getValue())));
            }
        }
        return out;
    }

    private static void walk(Value.Obj root, Value v, List<Object> path, List<Variant> out) {
        if (path.size() > MAX_DEPTH) return;
        if (!path.isEmpty()) {
            String where = name(path);
            for (Map.Entry<String, Value> e : alternatives(path.get(path.size() - 1), v).entrySet()) {
                Value replacement = e.getValue();
                out.add(new Variant(where + " " + e.getKey(), (Value.Obj) replace(root, path, 0, old -> replacement)));
            }
        }
        if (v instanceof Value.Obj o) {
            for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                path.add(e.getKey());
                walk(root, e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (v instanceof Value.ListV l) {
            // The first two elements stand for the rest: a third cannot take another shape.
            for (int i = 0; i < Math.min(2, l.items().size()); i++) {
                path.add(i);
                walk(root, l.items().get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    /** A path without its list indices (so variants repeat once per attribute, not per element), e.g. ingress[].cidr_blocks. */
    private static String name(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer) b.append("[]");
            else b.append(b.length() == 0 ? "" : ".").append(step);
        }
        return b.toString();
    }

    /** Alternatives to {@code v}, which sits at key or index {@code at}; a null value stands for "removed". */
    private static Map<String, Value> alternatives(Object at, Value v) {
        Map<String, Value> out = new LinkedHashMap<>();
        if (at instanceof String) out.put("missing", null);
        out.put("null", Value.NULL);
        out.put("unknown after apply", Value.unknown(UnknownReason.COMPUTED, "aws_example.other.id"));
        out.put("unknown variable", Value.unknown(UnknownReason.UNSET_VARIABLE, "var.example"));
        out.put("as a list of it", list(v));
        if (v instanceof Value.Str s) {
            out.put("as a number", Value.of(7));
            out.put("as a boolean", Value.TRUE);
            out.put("empty", Value.of(""));
            out.put("*", Value.of("*"));
            out.put("as a map", new Value.Obj(Map.of("AWS", v)));
            out.put("as an empty map", Value.Obj.EMPTY);
        } else if (v instanceof Value.Num n) {
            out.put("as a string", Value.of(n.value().toPlainString()));
            out.put("as a word", Value.of("seven"));
            out.put("negative", Value.of(n.value().negate()));
            out.put("fractional", Value.of(n.value().add(new BigDecimal("0.5"))));
        } else if (v instanceof Value.Bool b) {
            out.put("as a string", Value.of(Boolean.toString(b.value())));
            out.put("flipped as a string", Value.of(Boolean.toString(!b.value())));
            out.put("as a number", Value.of(1));
        } else if (v instanceof Value.ListV l) {
            out.put("empty", Value.ListV.EMPTY);
            out.put("as a string", Value.of("*"));
            out.put("with a null element", list(Value.NULL));
            out.put("with an unknown element", list(Value.unknown(UnknownReason.COMPUTED, "aws_example.other.id")));
            if (!l.items().isEmpty()) {
                out.put("as its first element", l.items().get(0));
                out.put("with its first element twice", new Value.ListV(List.of(l.items().get(0), l.items().get(0))));
                out.put("with an empty object", list(Value.Obj.EMPTY));
            }
        } else if (v instanceof Value.Obj o) {
            out.put("empty", Value.Obj.EMPTY);
            out.put("as a string", Value.of("*"));
            out.put("as a list of two", new Value.ListV(List.of(v, v)));
            if (o.fields().containsKey("Statement")) policyForms(o, out);
        }
        if ("Principal".equals(at) || "NotPrincipal".equals(at)) principalForms(out);
        if ("Effect".equals(at)) {
            out.put("Deny", Value.of("Deny"));
            out.put("lower case", Value.of("allow"));
        }
        if ("Condition".equals(at)) conditionForms(out);
        return out;
    }

    private static void policyForms(Value.Obj policy, Map<String, Value> out) {
        out.put("with an empty statement", with(policy, "Statement", list(Value.Obj.EMPTY)));
        out.put("with a public statement", with(policy, "Statement", list(obj(
                "Effect", Value.of("Allow"), "Principal", Value.of("*"), "Action", Value.of("*"), "Resource", Value.of("*")))));
        out.put("with a public statement and no Effect", with(policy, "Statement", obj(
                "Principal", obj("AWS", Value.of("*")), "Action", list(Value.of("s3:GetObject")), "Resource", Value.of("*"))));
        out.put("with NotPrincipal and NotAction", with(policy, "Statement", list(obj(
                "Effect", Value.of("Allow"), "NotPrincipal", obj("AWS", list(Value.of("arn:aws:iam::123456789012:root"))),
                "NotAction", Value.of("iam:*"), "NotResource", Value.of("arn:aws:s3:::x")))));
        out.put("with an unknown statement", with(policy, "Statement", list(Value.unknown(UnknownReason.COMPUTED, "aws_example.other.json"))));
        out.put("with statements of numbers", with(policy, "Statement", list(Value.of(1))));
        out.put("without Statement", Value.Obj.EMPTY);
    }

    private static void principalForms(Map<String, Value> out) {
        out.put("\"*\"", Value.of("*"));
        out.put("{AWS: \"*\"}", obj("AWS", Value.of("*")));
        out.put("{AWS: [\"*\"]}", obj("AWS", list(Value.of("*"))));
        out.put("{AWS: account}", obj("AWS", Value.of("123456789012")));
        out.put("{Service: list}", obj("Service", new Value.ListV(List.of(Value.of("ec2.amazonaws.com"), Value.of("lambda.amazonaws.com")))));
        out.put("{Federated: provider}", obj("Federated", Value.of("cognito-identity.amazonaws.com")));
        out.put("{CanonicalUser: id}", obj("CanonicalUser", Value.of("79a59df900b949e55d96a1e698fbaced")));
        out.put("[\"*\"]", list(Value.of("*")));
        out.put("{AWS: unknown}", obj("AWS", Value.unknown(UnknownReason.COMPUTED, "aws_iam_role.other.arn")));
        out.put("{AWS: number}", obj("AWS", Value.of(123456789012L)));
        out.put("{AWS: null}", obj("AWS", Value.NULL));
    }

    private static void conditionForms(Map<String, Value> out) {
        out.put("MFA as strings", obj("Bool", obj("aws:MultiFactorAuthPresent", Value.of("true"))));
        out.put("MFA as a list", obj("Bool", obj("aws:MultiFactorAuthPresent", list(Value.TRUE))));
        out.put("source account", obj("StringEquals", obj("aws:SourceAccount", list(Value.of("123456789012")))));
        out.put("age as a string", obj("NumericLessThan", obj("aws:MultiFactorAuthAge", Value.of("3600"))));
        out.put("operator with a string", obj("StringEquals", Value.of("x")));
        out.put("secure transport", obj("Bool", obj("aws:SecureTransport", Value.of("false"))));
        out.put("unknown value", obj("StringEquals", obj("aws:SourceArn", Value.unknown(UnknownReason.COMPUTED, "aws_sns_topic.t.arn"))));
    }

    /** One value of each kind, for attributes a rule reads and a resource does not set. */
    private static Map<String, Value> someOfEveryKind() {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("a string", Value.of("x"));
        out.put("\"*\"", Value.of("*"));
        out.put("\"true\"", Value.of("true"));
        out.put("\"0\"", Value.of("0"));
        out.put("a number", Value.of(1));
        out.put("a boolean", Value.TRUE);
        out.put("null", Value.NULL);
        out.put("unknown", Value.unknown(UnknownReason.COMPUTED, "aws_example.other.id"));
        out.put("an empty list", Value.ListV.EMPTY);
        out.put("a list of a string", list(Value.of("*")));
        out.put("a list of an empty object", list(Value.Obj.EMPTY));
        out.put("an empty object", Value.Obj.EMPTY);
        out.put("a policy with a public statement", obj("Statement", obj("Effect", Value.of("Allow"),
                "Principal", Value.of("*"), "Action", Value.of("*"), "Resource", Value.of("*"))));
        return out;
    }

    /** Replaces the value at {@code path} (from step {@code from}) by {@code change} of it; a null result removes the key. */
    private static Value replace(Value v, List<Object> path, int from, Function<Value, Value> change) {
        if (from == path.size()) return change.apply(v);
        Object step = path.get(from);
        if (v instanceof Value.Obj o && step instanceof String key) {
            Map<String, Value> fields = new LinkedHashMap<>(o.fields());
            Value next = replace(o.fields().get(key), path, from + 1, change);
            if (next == null) fields.remove(key);
            else fields.put(key, next);
            return new Value.Obj(fields);
        }
        if (v instanceof Value.ListV l && step instanceof Integer i) {
            List<Value> items = new ArrayList<>(l.items());
            Value next = replace(items.get(i), path, from + 1, change);
            if (next == null) items.remove((int) i);
            else items.set(i, next);
            return new Value.ListV(items);
        }
        throw new IllegalArgumentException("no " + step + " in " + v.typeName());
    }

    private static Value.ListV list(Value v) {
        return new Value.ListV(List.of(v));
    }

    private static Value.Obj with(Value.Obj o, String key, Value value) {
        Map<String, Value> fields = new LinkedHashMap<>(o.fields());
        fields.put(key, value);
        return new Value.Obj(fields);
    }

    private static Value.Obj obj(Object... keysAndValues) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) fields.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        return new Value.Obj(fields);
    }

    private static final Pattern READ = Pattern.compile("resource\\.([a-z_][a-z0-9_]*)");
    private static final Pattern JAVA_NAME = Pattern.compile("\"([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\"");
    private static final Map<String, Set<String>> VOCABULARY = new LinkedHashMap<>();

    /** The top-level attributes of {@code type} that the rules judging it read: from their CEL, or their Java source. */
    static synchronized Set<String> vocabulary(String type) {
        if (VOCABULARY.isEmpty()) readVocabulary();
        return VOCABULARY.getOrDefault(type, Set.of());
    }

    private static void readVocabulary() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (JsonNode rule : yaml.readTree(f.toFile()).path("rules")) {
                    JsonNode tf = rule.path("terraform");
                    for (JsonNode logic : tf.isArray() ? tf : List.of(tf)) {
                        if (logic.isMissingNode()) continue;
                        Set<String> names = new LinkedHashSet<>();
                        if (logic.has("java")) {
                            Path source = Path.of("src/main/java", logic.get("java").asText().replace('.', '/') + ".java");
                            collect(JAVA_NAME, Files.readString(source), names);
                        }
                        for (String field : List.of("applies", "check", "message")) collect(READ, logic.path(field).asText(""), names);
                        for (JsonNode type : logic.path("resources")) VOCABULARY.computeIfAbsent(type.asText(), k -> new LinkedHashSet<>()).addAll(names);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) into.add(m.group(1));
    }
}
