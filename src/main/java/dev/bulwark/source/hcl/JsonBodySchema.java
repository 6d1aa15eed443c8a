package dev.bulwark.source.hcl;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the JSON decoder knows about one kind of body: which keys are nested blocks (JSON alone
 * cannot tell a block from an object-valued attribute) and how strings are read per attribute.
 */
record JsonBodySchema(Map<String, BlockSchema> blocks, Map<String, JsonStringMode> attributeModes,
                      JsonStringMode defaultMode) {

    /**
     * A nested block type. {@code labelNames} name the label levels for messages; {@code body} is
     * a supplier because block schemas refer to each other ({@code dynamic} inside {@code content}).
     */
    record BlockSchema(List<String> labelNames, Supplier<JsonBodySchema> body) {
        public BlockSchema {
            labelNames = List.copyOf(labelNames);
        }

        int labelCount() {
            return labelNames.size();
        }
    }

    public JsonBodySchema {
        blocks = Map.copyOf(blocks);
        attributeModes = Map.copyOf(attributeModes);
    }

    /** A body that has only attributes, all read the same way. */
    static JsonBodySchema attributesOnly(JsonStringMode mode) {
        return new JsonBodySchema(Map.of(), Map.of(), mode);
    }

    JsonStringMode modeFor(String attributeName) {
        return attributeModes.getOrDefault(attributeName, defaultMode);
    }

    static BlockSchema block(Supplier<JsonBodySchema> body, String... labelNames) {
        return new BlockSchema(List.of(labelNames), body);
    }
}
