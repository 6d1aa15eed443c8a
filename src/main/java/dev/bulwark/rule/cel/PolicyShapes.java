package dev.bulwark.rule.cel;

import dev.bulwark.model.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IAM policy documents allow one statement or a list, one action or a list, {@code "*"} or a map as
 * principal. Rules see one shape: Statement, Action, NotAction, Resource, NotResource are always
 * lists and a principal is always a map from principal type to a list of identifiers.
 */
final class PolicyShapes {
    private static final Set<String> LIST_FIELDS = Set.of("Action", "NotAction", "Resource", "NotResource");
    private static final Set<String> PRINCIPAL_FIELDS = Set.of("Principal", "NotPrincipal");

    private PolicyShapes() {}

    /** The value in that shape; the very same value when it holds no policy document, as most do. */
    static Value normalize(Value v) {
        return holdsPolicy(v) ? rewrite(v) : v;
    }

    private static boolean holdsPolicy(Value v) {
        if (v instanceof Value.ListV l) {
            for (Value item : l.items()) {
                if (holdsPolicy(item)) return true;
            }
        } else if (v instanceof Value.Obj o) {
            if (o.get("Statement") != null) return true;
            for (int i = 0; i < o.size(); i++) {
                if (holdsPolicy(o.value(i))) return true;
            }
        }
        return false;
    }

    private static Value rewrite(Value v) {
        if (v instanceof Value.ListV l) {
            return new Value.ListV(l.items().stream().map(PolicyShapes::rewrite).toList());
        }
        if (!(v instanceof Value.Obj o)) return v;
        Map<String, Value> out = new LinkedHashMap<>();
        boolean isPolicy = o.get("Statement") != null;
        for (Map.Entry<String, Value> e : o.fields().entrySet()) {
            Value field = e.getValue();
            if (isPolicy && e.getKey().equals("Statement")) {
                out.put("Statement", new Value.ListV(asList(field).stream().map(PolicyShapes::statement).toList()));
            } else {
                out.put(e.getKey(), rewrite(field));
            }
        }
        return new Value.Obj(out);
    }

    private static Value statement(Value s) {
        if (!(s instanceof Value.Obj o)) return s;
        Map<String, Value> out = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : o.fields().entrySet()) {
            String k = e.getKey();
            Value field = e.getValue();
            if (LIST_FIELDS.contains(k)) {
                out.put(k, new Value.ListV(asList(field)));
            } else if (PRINCIPAL_FIELDS.contains(k)) {
                out.put(k, principal(field));
            } else {
                out.put(k, field);
            }
        }
        return new Value.Obj(out);
    }

    private static Value principal(Value p) {
        if (p instanceof Value.Str) return new Value.Obj(Map.of("AWS", new Value.ListV(List.of(p))));
        if (!(p instanceof Value.Obj o)) return p;
        Map<String, Value> out = new LinkedHashMap<>();
        o.fields().forEach((type, ids) -> out.put(type, new Value.ListV(asList(ids))));
        return new Value.Obj(out);
    }

    private static List<Value> asList(Value v) {
        if (v instanceof Value.ListV l) return l.items();
        if (v == null || v instanceof Value.Null) return List.of();
        return List.of(v);
    }
}
