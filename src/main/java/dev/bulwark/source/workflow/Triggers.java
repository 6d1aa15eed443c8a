package dev.bulwark.source.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.model.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code on: push}, {@code on: [push, pull_request]} and the mapping form, all as a map from event to settings. */
final class Triggers {
    private Triggers() {}

    static Value.Obj of(JsonNode on) {
        Map<String, Value> events = new LinkedHashMap<>();
        if (Values.isBlank(on)) return new Value.Obj(events);
        if (on.isObject()) {
            on.fields().forEachRemaining(e -> events.put(e.getKey(), settings(e.getValue())));
        } else if (on.isArray()) {
            on.forEach(e -> events.put(e.asText(), Value.Obj.EMPTY));
        } else {
            events.put(on.asText(), Value.Obj.EMPTY);
        }
        return new Value.Obj(events);
    }

    /** {@code pull_request:} with nothing after it means the event with default settings. */
    private static Value settings(JsonNode n) {
        return Values.isBlank(n) ? Value.Obj.EMPTY : Values.of(n);
    }
}
