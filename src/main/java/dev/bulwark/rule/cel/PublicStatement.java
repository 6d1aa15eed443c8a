package dev.bulwark.rule.cel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether one IAM policy statement grants access to anyone, by the semantics AWS documents for the
 * Principal, NotPrincipal and Condition elements. A statement is public when it allows, names every
 * principal ({@code "*"}, {@code {"AWS": "*"}}) or uses NotPrincipal, and no condition limits the
 * caller to an account, organization, network or source. Each element may be a single value or a
 * list. Values are read one by one through {@link Map#get}, so an unknown value that does not
 * matter to the verdict is never read.
 */
final class PublicStatement {
    /** Condition keys whose value an outside caller cannot choose, so a positive test on them limits who calls. */
    private static final Set<String> LIMITING_KEYS = Set.of(
            "aws:sourceaccount", "aws:sourcearn", "aws:sourcevpc", "aws:sourcevpce", "aws:vpceaccount",
            "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
            "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths", "aws:sourceip", "aws:vpcsourceip",
            "aws:userid", "aws:username", "aws:principalservicename", "sts:externalid", "kms:calleraccount");
    /** Keys whose values are ARNs, where a wildcard account limits nothing. */
    private static final Set<String> ARN_KEYS = Set.of("aws:sourcearn", "aws:principalarn");
    /** Principal types under which {@code "*"} means every caller; Service and Federated do not. */
    private static final Set<String> ANYONE_TYPES = Set.of("aws", "*", "canonicaluser");
    /** Operators that let through only callers whose value matches one listed. */
    private static final Set<String> POSITIVE_OPERATORS = Set.of(
            "StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike", "IpAddress");
    private static final Pattern ANY_NETWORK = Pattern.compile("(0\\.0\\.0\\.0|::|0:0:0:0:0:0:0:0)/0");

    private PublicStatement() {}

    static boolean isPublic(Object statement) {
        if (!(statement instanceof Map<?, ?> s)) return false;
        if (!"Allow".equals(s.get("Effect"))) return false;
        boolean everyone = s.containsKey("NotPrincipal") || namesEveryone(s.get("Principal"));
        return everyone && !limitedByCondition(s.get("Condition"));
    }

    /** {@code "*"}, or a principal map with {@code "*"} under AWS (as a string or in a list). */
    private static boolean namesEveryone(Object principal) {
        if ("*".equals(principal)) return true;
        if (!(principal instanceof Map<?, ?> byType)) return false;
        for (Object type : byType.keySet()) {
            if (!ANYONE_TYPES.contains(String.valueOf(type).toLowerCase(Locale.ROOT))) continue;
            for (Object id : items(byType.get(type))) {
                if ("*".equals(id)) return true;
            }
        }
        return false;
    }

    /** Conditions all must hold, so one limiting test limits the statement. */
    private static boolean limitedByCondition(Object condition) {
        if (!(condition instanceof Map<?, ?> byOperator)) return false;
        for (Object op : byOperator.keySet()) {
            if (!(byOperator.get(op) instanceof Map<?, ?> byKey)) continue;
            for (Object key : byKey.keySet()) {
                if (limits(String.valueOf(op), String.valueOf(key), byKey.get(key))) return true;
            }
        }
        return false;
    }

    private static boolean limits(String operator, String key, Object values) {
        String k = key.toLowerCase(Locale.ROOT);
        if (!LIMITING_KEYS.contains(k)) return false;
        String op = operator;
        // ForAllValues is true when the request has no value for the key, so it limits nothing;
        // ForAnyValue is false then, and otherwise tests a single-valued key like the plain operator.
        if (op.startsWith("ForAllValues:")) return false;
        if (op.startsWith("ForAnyValue:")) op = op.substring("ForAnyValue:".length());
        // ...IfExists is true when the key is absent, and every key above is absent from some requests
        // (no service in between, no VPC endpoint, no organization).
        if (op.endsWith("IfExists")) return false;
        // Negated operators, Null, Bool and the others let every caller but a few through.
        if (!POSITIVE_OPERATORS.contains(op)) return false;
        List<?> list = items(values);
        if (list.isEmpty()) return false;
        // StringEquals compares literally: every value, even "*" or one known only after apply,
        // admits only callers that have exactly it, so the values need not be read.
        if (op.startsWith("StringEquals")) return true;
        // A test matches when any value matches, so every value must limit.
        for (Object v : list) {
            if (!(v instanceof String value) || !limitingValue(op, k, value)) return false;
        }
        return true;
    }

    private static boolean limitingValue(String op, String key, String value) {
        if (op.equals("IpAddress")) return !ANY_NETWORK.matcher(value.trim()).matches();
        // ArnEquals and ArnLike both treat * and ? as wildcards in each of the six ARN fields.
        if (op.startsWith("Arn") || ARN_KEYS.contains(key)) return limitingArnPattern(value);
        // StringLike: a pattern with a run wildcard matches identifiers anyone can come by.
        return !value.contains("*");
    }

    /** An ARN pattern limits when it names an account, or a resource of an account-less service. */
    private static boolean limitingArnPattern(String value) {
        String[] parts = value.split(":", 6);
        if (parts.length < 5) return !value.contains("*");
        String account = parts[4];
        if (!account.isEmpty()) return !account.contains("*") && !account.contains("?");
        String resource = parts.length == 6 ? parts[5] : "";
        return !resource.isEmpty() && !resource.startsWith("*") && !resource.startsWith("?");
    }

    private static List<?> items(Object v) {
        return RuleFunctions.asList(v);
    }
}
