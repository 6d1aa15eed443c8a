package dev.bulwark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An attribute path whose value is unknown, and why: what a user reads to see what Bulwark could not evaluate. */
public record UnknownAttribute(String path, Value.Unknown value) {
    /** Every unknown inside {@code attributes}, by path such as {@code rule[0].prefix}, in order. */
    public static List<UnknownAttribute> in(Value.Obj attributes) {
        List<UnknownAttribute> out = new ArrayList<>();
        for (Map.Entry<String, Value> e : attributes.fields().entrySet()) collect(e.getKey(), e.getValue(), out);
        return out;
    }

    private static void collect(String path, Value v, List<UnknownAttribute> out) {
        if (v instanceof Value.Unknown u) {
            out.add(new UnknownAttribute(path, u));
        } else if (v instanceof Value.ListV l) {
            for (int i = 0; i < l.items().size(); i++) collect(path + "[" + i + "]", l.items().get(i), out);
        } else if (v instanceof Value.Obj o) {
            for (Map.Entry<String, Value> e : o.fields().entrySet()) collect(path + "." + e.getKey(), e.getValue(), out);
        }
    }
}
