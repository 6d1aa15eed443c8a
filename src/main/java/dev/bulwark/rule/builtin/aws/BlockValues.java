package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.List;

/** Reading evaluated attributes the way Java rule logic needs them: nested blocks, strings, flags. */
final class BlockValues {
    private BlockValues() {}

    /** The objects of a nested block list; empty when the value is absent, null or not a list. */
    static List<Value.Obj> blocks(Value v) {
        List<Value.Obj> out = new ArrayList<>();
        if (v instanceof Value.ListV l) {
            for (Value item : l.items()) {
                if (item instanceof Value.Obj o) out.add(o);
            }
        }
        return out;
    }

    /** The blocks of {@code name} inside each of {@code parents}. */
    static List<Value.Obj> nested(List<Value.Obj> parents, String name) {
        List<Value.Obj> out = new ArrayList<>();
        for (Value.Obj p : parents) out.addAll(blocks(p.get(name)));
        return out;
    }

    static boolean isUnknown(Value v) {
        return v instanceof Value.Unknown;
    }

    /** The first unknown among the values, or null when all are known (absent values count as known). */
    static Value.Unknown firstUnknown(Value... values) {
        for (Value v : values) {
            if (v instanceof Value.Unknown u) return u;
        }
        return null;
    }

    /** A known string value, or null. */
    static String string(Value v) {
        return v instanceof Value.Str s ? s.value() : null;
    }

    static boolean isTrue(Value v) {
        return v instanceof Value.Bool b && b.value();
    }
}
