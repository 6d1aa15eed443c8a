package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;
import dev.bulwark.source.terraform.functions.FunctionException;
import dev.bulwark.source.terraform.functions.Json;
import dev.bulwark.source.terraform.functions.PartialJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IAM policies reach resources as JSON strings, whether written as heredoc JSON, {@code jsonencode()}
 * or an {@code aws_iam_policy_document}. The model holds them decoded, so rules read one structure;
 * a policy encoded from a partly unknown value, or written as text around unknown interpolations,
 * keeps its known parts.
 */
final class EmbeddedJson {
    private EmbeddedJson() {}

    /** Replaces every policy-document string inside {@code v} with the document it encodes. */
    static Value decodePolicies(Value v, EvalContext context) {
        if (v instanceof Value.Str s && looksLikePolicy(s.value())) {
            Value decoded = decode(s);
            return decoded instanceof Value.Obj ? decoded : v;
        }
        if (v instanceof Value.Unknown u) {
            Value source = context.jsonSource(u);
            if (source instanceof Value.Obj o && o.get("Statement") != null) return source;
            Value partly = PartialJson.decode(u);
            if (partly instanceof Value.Obj o && o.get("Statement") != null) return partly;
            // a heredoc around one interpolation, <<EOT ${jsonencode(...)} EOT, decodes to that value
            if (partly instanceof Value.Unknown inner && inner != u) {
                Value d = decodePolicies(inner, context);
                return d != inner ? d : v;
            }
            return v;
        }
        // Most values hold no policy: a copy is made only from the first element that changes.
        if (v instanceof Value.ListV l) {
            List<Value> items = l.items();
            List<Value> out = null;
            for (int i = 0; i < items.size(); i++) {
                Value item = items.get(i);
                Value d = decodePolicies(item, context);
                if (out == null && d != item) {
                    out = new ArrayList<>(items.size());
                    out.addAll(items.subList(0, i));
                }
                if (out != null) out.add(d);
            }
            return out != null ? new Value.ListV(out) : v;
        }
        if (v instanceof Value.Obj o) {
            Map<String, Value> out = null;
            for (int i = 0; i < o.size(); i++) {
                Value field = o.value(i);
                Value d = decodePolicies(field, context);
                if (out == null && d != field) {
                    out = new LinkedHashMap<>();
                    for (int j = 0; j < i; j++) out.put(o.key(j), o.value(j));
                }
                if (out != null) out.put(o.key(i), d);
            }
            return out != null ? new Value.Obj(out) : v;
        }
        return v;
    }

    private static boolean looksLikePolicy(String s) {
        String t = s.stripLeading();
        return t.startsWith("{") && t.contains("\"Statement\"");
    }

    /** A JSON string decoded, keeping the known parts of partly known text; anything else returned as it is. */
    static Value decode(Value v) {
        if (v instanceof Value.Unknown u) {
            Value partly = PartialJson.decode(u);
            return partly != null ? partly : v;
        }
        if (v instanceof Value.Str s) {
            try {
                return Json.decode(s.value());
            } catch (FunctionException e) {
                return v;
            }
        }
        return v;
    }
}
