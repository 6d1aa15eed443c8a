package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JSON policy that the {@code aws_iam_policy_document} data source produces from its
 * arguments, as a value of the same shape a {@code jsonencode()}d or heredoc policy decodes to.
 * Source documents come first, then this document's statements; override documents replace
 * statements with the same Sid.
 */
final class IamPolicyDocument {
    private IamPolicyDocument() {}

    static Value build(Value.Obj args) {
        List<Value> statements = new ArrayList<>();
        Value sources = args.get("source_policy_documents");
        if (sources != null && !(sources instanceof Value.Null)) {
            if (!(sources instanceof Value.ListV list)) return sources;
            for (Value doc : list.items()) {
                Value decoded = EmbeddedJson.decode(doc);
                if (!(decoded instanceof Value.Obj o)) return decoded;
                statements.addAll(statementList(o.get("Statement")));
            }
        }
        Value own = args.get("statement");
        if (own instanceof Value.Unknown u) return u;
        if (own instanceof Value.ListV list) {
            for (Value s : list.items()) statements.add(s instanceof Value.Obj o ? statement(o) : s);
        }
        Value overrides = args.get("override_policy_documents");
        if (overrides instanceof Value.ListV list) {
            for (Value doc : list.items()) {
                Value decoded = EmbeddedJson.decode(doc);
                if (!(decoded instanceof Value.Obj o)) return decoded;
                for (Value override : statementList(o.get("Statement"))) replaceBySid(statements, override);
            }
        }
        Map<String, Value> policy = new LinkedHashMap<>();
        Value version = args.get("version");
        policy.put("Version", version == null || version instanceof Value.Null ? Value.of("2012-10-17") : version);
        Value id = args.get("policy_id");
        if (id != null && !(id instanceof Value.Null)) policy.put("Id", id);
        policy.put("Statement", new Value.ListV(statements));
        return new Value.Obj(policy);
    }

    private static List<Value> statementList(Value v) {
        if (v instanceof Value.ListV l) return l.items();
        if (v == null || v instanceof Value.Null) return List.of();
        return List.of(v);
    }

    private static void replaceBySid(List<Value> statements, Value override) {
        Value sid = override instanceof Value.Obj o ? o.get("Sid") : null;
        if (sid instanceof Value.Str) {
            for (int i = 0; i < statements.size(); i++) {
                if (statements.get(i) instanceof Value.Obj existing && sid.equals(existing.get("Sid"))) {
                    statements.set(i, override);
                    return;
                }
            }
        }
        statements.add(override);
    }

    private static Value statement(Value.Obj s) {
        Map<String, Value> out = new LinkedHashMap<>();
        putIfSet(out, "Sid", s.get("sid"));
        Value effect = s.get("effect");
        out.put("Effect", effect == null || effect instanceof Value.Null ? Value.of("Allow") : effect);
        putIfSet(out, "Action", s.get("actions"));
        putIfSet(out, "NotAction", s.get("not_actions"));
        putIfSet(out, "Resource", s.get("resources"));
        putIfSet(out, "NotResource", s.get("not_resources"));
        putIfSet(out, "Principal", principals(s.get("principals")));
        putIfSet(out, "NotPrincipal", principals(s.get("not_principals")));
        putIfSet(out, "Condition", conditions(s.get("condition")));
        return new Value.Obj(out);
    }

    private static void putIfSet(Map<String, Value> out, String key, Value v) {
        if (v == null || v instanceof Value.Null) return;
        if (v instanceof Value.ListV l && l.items().isEmpty()) return;
        out.put(key, v);
    }

    /** principals { type = "AWS", identifiers = [...] } blocks → {"AWS": [...]}, or "*" for type "*". */
    private static Value principals(Value blocks) {
        if (blocks == null || blocks instanceof Value.Unknown) return blocks;
        if (!(blocks instanceof Value.ListV list) || list.items().isEmpty()) return null;
        Map<String, List<Value>> byType = new LinkedHashMap<>();
        for (Value b : list.items()) {
            if (!(b instanceof Value.Obj o)) return b;
            Value type = o.get("type");
            Value ids = o.get("identifiers");
            if (type instanceof Value.Unknown) return type;
            if (!(type instanceof Value.Str t)) continue;
            if (t.value().equals("*")) return Value.of("*");
            List<Value> into = byType.computeIfAbsent(t.value(), k -> new ArrayList<>());
            if (ids instanceof Value.ListV idList) into.addAll(idList.items());
            else if (ids != null) into.add(ids);
        }
        Map<String, Value> out = new LinkedHashMap<>();
        byType.forEach((k, v) -> out.put(k, new Value.ListV(v)));
        return new Value.Obj(out);
    }

    /** condition { test, variable, values } blocks → {"test": {"variable": [values]}}. */
    private static Value conditions(Value blocks) {
        if (blocks == null || blocks instanceof Value.Unknown) return blocks;
        if (!(blocks instanceof Value.ListV list) || list.items().isEmpty()) return null;
        Map<String, Map<String, Value>> byTest = new LinkedHashMap<>();
        for (Value b : list.items()) {
            if (!(b instanceof Value.Obj o)) return b;
            Value test = o.get("test");
            Value variable = o.get("variable");
            if (test instanceof Value.Unknown) return test;
            if (variable instanceof Value.Unknown) return variable;
            if (!(test instanceof Value.Str t) || !(variable instanceof Value.Str v)) continue;
            byTest.computeIfAbsent(t.value(), k -> new LinkedHashMap<>()).put(v.value(), o.get("values"));
        }
        Map<String, Value> out = new LinkedHashMap<>();
        byTest.forEach((k, v) -> out.put(k, new Value.Obj(v)));
        return new Value.Obj(out);
    }
}
