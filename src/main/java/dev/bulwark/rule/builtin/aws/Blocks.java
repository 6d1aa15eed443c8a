package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.List;

/** Nested blocks as the model holds them: a list of objects; anything else (absent, unknown, null) gives none. */
final class Blocks {
    private Blocks() {}

    static List<Value.Obj> of(Value v) {
        List<Value.Obj> out = new ArrayList<>();
        if (v instanceof Value.ListV l) {
            for (Value item : l.items()) {
                if (item instanceof Value.Obj o) out.add(o);
            }
        }
        return out;
    }

    /** True when the block is written at least once, or its presence is unknown (a dynamic block over an unknown collection). */
    static boolean written(Value v) {
        if (v instanceof Value.ListV l) return !l.items().isEmpty();
        return v instanceof Value.Unknown || v instanceof Value.Obj;
    }
}
