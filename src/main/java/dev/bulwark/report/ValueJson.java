package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.model.Value;

import java.util.Locale;
import java.util.Map;

/**
 * Values as JSON. An unknown value becomes {@code {"$unknown": {"reason": ..., "detail": ...}}} so
 * it cannot be mistaken for a known one; a string known in part also lists its {@code parts} (known
 * text and unknown pieces in order), and an unknown of a known kind names its {@code kind}.
 */
public final class ValueJson {
    public static final String UNKNOWN_KEY = "$unknown";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {}

    public static JsonNode toJson(Value v) {
        if (v instanceof Value.Null) return NODES.nullNode();
        if (v instanceof Value.Bool b) return NODES.booleanNode(b.value());
        if (v instanceof Value.Num n) return NODES.numberNode(n.value());
        if (v instanceof Value.Str s) return NODES.textNode(s.value());
        if (v instanceof Value.ListV l) {
            ArrayNode arr = NODES.arrayNode();
            for (Value item : l.items()) arr.add(toJson(item));
            return arr;
        }
        if (v instanceof Value.Obj o) {
            ObjectNode obj = NODES.objectNode();
            for (Map.Entry<String, Value> e : o.fields().entrySet()) obj.set(e.getKey(), toJson(e.getValue()));
            return obj;
        }
        Value.Unknown u = (Value.Unknown) v;
        ObjectNode why = NODES.objectNode();
        why.put("reason", u.reason().name().toLowerCase(Locale.ROOT));
        why.put("detail", u.describe());
        if (u.kind() != null) why.put("kind", u.kind().id());
        if (u.parts() != null) {
            ArrayNode parts = why.putArray("parts");
            for (Value piece : u.parts()) parts.add(toJson(piece));
        }
        ObjectNode marker = NODES.objectNode();
        marker.set(UNKNOWN_KEY, why);
        return marker;
    }
}
