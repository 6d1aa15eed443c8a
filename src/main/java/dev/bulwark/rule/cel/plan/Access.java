package dev.bulwark.rule.cel.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading values: variables, fields of maps, presence tests, and list and map literals. */
final class Access {
    private Access() {}

    static Node variable(int at, String name) {
        return f -> {
            Object v = f.variables.apply(name);
            return v != null ? v : Err.at(at, "No value with name '" + name + "' found");
        };
    }

    static Node local(int slot) {
        return f -> f.locals[slot];
    }

    static Node field(int at, Node operand, String field) {
        return f -> {
            Object o = operand.eval(f);
            if (o instanceof Map<?, ?> m) {
                Object v = m.get(field);
                if (v != null) return v;
                return Err.misfit(at, "key '" + field + "' is not present in map.", "\"" + field + "\" set in it", o);
            }
            return o instanceof Err ? o : notSelectable(at, field, o);
        };
    }

    /** {@code has(x.field)}: presence only, so an unknown value there is not read. */
    static Node has(int at, Node operand, String field) {
        return f -> {
            Object o = operand.eval(f);
            if (o instanceof Map<?, ?> m) return m.containsKey(field);
            return o instanceof Err ? o : notSelectable(at, field, o);
        };
    }

    private static Err notSelectable(int at, String field, Object o) {
        return Err.misfit(at, "Error resolving field '" + field + "'. Field selections must be performed on messages or maps.",
                "an object or block with \"" + field + "\"", o);
    }

    static Node list(Node[] elements) {
        return f -> {
            Object[] out = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                Object v = elements[i].eval(f);
                if (v instanceof Err) return v;
                out[i] = v;
            }
            return Collections.unmodifiableList(java.util.Arrays.asList(out));
        };
    }

    static Node map(int at, Node[] keys, Node[] values) {
        return f -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) {
                Object k = keys[i].eval(f);
                if (k instanceof Err) return k;
                Object v = values[i].eval(f);
                if (v instanceof Err) return v;
                if (out.putIfAbsent(k, v) != null) return Err.at(at, "duplicate map key [" + k + "]");
            }
            return Collections.unmodifiableMap(out);
        };
    }

    /** The items a comprehension iterates: a list's elements or a map's keys. */
    static List<?> iterationItems(Object range) {
        if (range instanceof List<?> l) return l;
        if (range instanceof Map<?, ?> m) return new ArrayList<>(m.keySet());
        return null;
    }
}
