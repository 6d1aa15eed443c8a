package dev.bulwark.model;

import java.util.Map;
import java.util.Objects;

/** The map behind {@link Value.Obj}: immutable, in insertion order, compact. */
final class OrderedFields extends ArrayMap<Value> {
    static final OrderedFields EMPTY = new OrderedFields(new String[0], new Value[0]);

    private OrderedFields(String[] keys, Value[] values) {
        super(keys, values);
    }

    static OrderedFields copyOf(Map<String, Value> source) {
        if (source instanceof OrderedFields already) return already;
        if (source.isEmpty()) return EMPTY;
        String[] k = new String[source.size()];
        Value[] v = new Value[source.size()];
        int i = 0;
        for (Map.Entry<String, Value> e : source.entrySet()) {
            k[i] = Objects.requireNonNull(e.getKey(), "object key");
            v[i] = Objects.requireNonNull(e.getValue(), "object value");
            i++;
        }
        return new OrderedFields(k, v);
    }
}
