package dev.bulwark.source.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jackson trees as model values. */
final class Values {
    private Values() {}

    static Value of(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return Value.NULL;
        if (n.isObject()) {
            Map<String, Value> fields = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> fields.put(e.getKey(), of(e.getValue())));
            return new Value.Obj(fields);
        }
        if (n.isArray()) {
            List<Value> items = new ArrayList<>();
            n.forEach(i -> items.add(of(i)));
            return new Value.ListV(items);
        }
        if (n.isBoolean()) return Value.of(n.booleanValue());
        if (n.isNumber()) return Value.of(n.decimalValue());
        return Value.of(n.asText());
    }

    /** Nothing written after the key: YAML's null, or the empty scalar the YAML reader gives for it. */
    static boolean isBlank(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || (n.isTextual() && n.asText().isEmpty());
    }

    /** A scalar as the text it was written as (a step's {@code run: 1} is still a command). */
    static Value text(JsonNode n) {
        return n.isValueNode() && !n.isNull() ? Value.of(n.asText()) : of(n);
    }
}
