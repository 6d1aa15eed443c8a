package dev.bulwark.rule.cel;

import com.google.protobuf.NullValue;
import dev.bulwark.rule.cel.plan.Misfit;
import dev.cel.runtime.CelEvaluationException;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a rule could not be evaluated on a resource, in its user's words: which attribute has which
 * value where the rule needs another kind (a block written as a string, a number as a word), instead
 * of the expression's error and character offset. Terraform's provider would reject most such values
 * at plan time; the rule cannot decide on them and says so.
 */
final class UnreadableValue {
    /** @param attribute the resource attribute path concerned, null when it is not in the resource itself */
    record Reason(String text, String attribute) {}

    private static final Pattern CEL_PREFIX = Pattern.compile("^evaluation error at <input>:\\d+: ");
    private static final Pattern ITERATION = Pattern.compile("expected a list or a map for iteration range but got '([\\w.$]+)'");
    private static final Pattern FIELD = Pattern.compile("Error resolving field '([^']*)'");
    private static final Pattern KEY = Pattern.compile("key '([^']*)' is not present in map");
    private static final Pattern OVERLOAD = Pattern.compile("(?i)no matching overload for function '([^']*)'");

    private UnreadableValue() {}

    /** @param variables the values the expression was evaluated on, by variable name */
    static Reason explain(CelEvaluationException e, Map<String, Object> variables) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Misfit m) return explain(m, variables);
        }
        return new Reason(fromMessage(e.getMessage()), null);
    }

    private static Reason explain(Misfit m, Map<String, Object> variables) {
        for (Object value : m.values()) {
            String path = find(value, variables);
            if (path != null) {
                String attribute = path.startsWith("resource.") ? path.substring("resource.".length()) : null;
                return new Reason((attribute != null ? attribute : readable(path)) + " is " + describe(value) + ", where the rule needs " + m.need(),
                        attribute);
            }
        }
        Object first = m.values().isEmpty() ? null : m.values().get(0);
        return new Reason("a value of this resource is " + describe(first) + ", where the rule needs " + m.need(), null);
    }

    /** For errors from CEL's own interpreter, which carry only a message. */
    private static String fromMessage(String message) {
        String m = CEL_PREFIX.matcher(String.valueOf(message)).replaceFirst("");
        Matcher x;
        if ((x = ITERATION.matcher(m)).find()) return "a value of this resource is " + kind(x.group(1)) + ", where the rule needs a list or a block";
        if ((x = FIELD.matcher(m)).find()) return "a value of this resource is not an object, where the rule needs an object or block with \"" + x.group(1) + "\"";
        if ((x = KEY.matcher(m)).find()) return "a value of this resource has no \"" + x.group(1) + "\", where the rule needs it set";
        if ((x = OVERLOAD.matcher(m)).find()) {
            return "a value of this resource is of another kind than the rule needs (" + dev.bulwark.rule.cel.plan.Needs.of(x.group(1)) + ")";
        }
        return "the rule cannot read a value of this resource (" + m + ")";
    }

    /** Where {@code target} sits among the variables, e.g. {@code resource.versioning[0]}; null when not found. */
    private static String find(Object target, Map<String, Object> variables) {
        if (target == null) return null;
        boolean byIdentity = target instanceof Map || target instanceof List || target instanceof String;
        if (!byIdentity) return null;
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Object> v : variables.entrySet()) {
            if (v.getKey().equals("settings") || v.getKey().equals("meta")) continue;
            String found = find(target, v.getValue(), v.getKey(), seen);
            if (found != null) return found;
        }
        return null;
    }

    private static String find(Object target, Object in, String path, Set<Object> seen) {
        if (in == target) return path;
        if (in instanceof Map<?, ?> map) {
            if (!seen.add(in)) return null;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String found = find(target, e.getValue(), path + "." + e.getKey(), seen);
                if (found != null) return found;
            }
        } else if (in instanceof List<?> list) {
            if (!seen.add(in)) return null;
            for (int i = 0; i < list.size(); i++) {
                String found = find(target, list.get(i), path + "[" + i + "]", seen);
                if (found != null) return found;
            }
        }
        return null;
    }

    /** {@code referrers.aws_s3_bucket_policy[0].policy} → {@code policy of the aws_s3_bucket_policy that refers to it}. */
    private static String readable(String path) {
        Matcher m = Pattern.compile("^(referrers|referenced)\\.([\\w.]+?)\\[\\d+\\]\\.?(.*)$").matcher(path);
        if (!m.matches()) return path;
        String relation = m.group(1).equals("referrers") ? " that refers to it" : " it refers to";
        String type = m.group(2).contains(".") ? m.group(2).substring(0, m.group(2).indexOf('.')) : m.group(2);
        return (m.group(3).isEmpty() ? "" : m.group(3) + " of ") + "the " + type + relation;
    }

    static String describe(Object v) {
        if (v instanceof String s) return "the string \"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
        if (v instanceof Boolean || v instanceof Long || v instanceof Double) return (v instanceof Boolean ? "" : "the number ") + v;
        if (v instanceof Map<?, ?> m) return m.isEmpty() ? "an empty object" : "an object (with " + String.join(", ", m.keySet().stream().limit(4).map(String::valueOf).toList()) + ")";
        if (v instanceof List<?> l) return l.isEmpty() ? "an empty list" : "a list of " + l.size();
        if (v == null || v instanceof NullValue) return "null";
        return "a value of another kind";
    }

    private static String kind(String javaClass) {
        return switch (javaClass.substring(javaClass.lastIndexOf('.') + 1)) {
            case "String" -> "a string";
            case "Long", "Double", "UnsignedLong" -> "a number";
            case "Boolean" -> "true or false";
            case "NullValue" -> "null";
            default -> "a value of another kind";
        };
    }
}
