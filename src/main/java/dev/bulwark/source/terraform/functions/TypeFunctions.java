package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import dev.bulwark.source.terraform.functions.Builtin.Unknowns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Explicit type conversions, and the sensitivity markers Bulwark does not track. */
final class TypeFunctions {
    private TypeFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.of("tostring", 1, a -> {
                    Value v = a.known(0);
                    if (v instanceof Value.Null) {
                        return v;
                    }
                    String s = Convert.stringOrNull(v);
                    if (s == null) {
                        throw a.error("cannot convert " + v.typeName() + " to string");
                    }
                    return Value.of(s);
                }).unknowns(Unknowns.TOP_LEVEL).nullable(0),
                Builtin.of("tonumber", 1, a -> {
                    Value v = a.known(0);
                    if (v instanceof Value.Null) {
                        return v;
                    }
                    BigDecimal n = Convert.numberOrNull(v);
                    if (n == null) {
                        throw a.error("cannot convert " + Convert.describe(v) + " to number");
                    }
                    return Value.of(n);
                }).unknowns(Unknowns.TOP_LEVEL).nullable(0),
                Builtin.of("tobool", 1, a -> {
                    Value v = a.known(0);
                    if (v instanceof Value.Null) {
                        return v;
                    }
                    try {
                        return Value.of(Convert.toBool(v));
                    } catch (FunctionException e) {
                        throw a.error(e.getMessage());
                    }
                }).unknowns(Unknowns.TOP_LEVEL).nullable(0),
                Builtin.of("tolist", 1, a -> {
                    Value v = a.known(0);
                    if (v instanceof Value.Null) {
                        return v;
                    }
                    if (!(v instanceof Value.ListV l)) {
                        throw a.error("cannot convert " + v.typeName() + " to list");
                    }
                    return new Value.ListV(Sets.unifyElements(l.items()));
                }).unknowns(Unknowns.TOP_LEVEL).nullable(0),
                Builtin.of("toset", 1, a -> {
                    Value v = a.known(0);
                    if (v instanceof Value.Null) {
                        return v;
                    }
                    if (!(v instanceof Value.ListV l)) {
                        throw a.error("cannot convert " + v.typeName() + " to set");
                    }
                    return new Value.ListV(Sets.setKeepingUnknowns(l.items()));
                }).unknowns(Unknowns.TOP_LEVEL).nullable(0),
                Builtin.of("tomap", 1, a -> {
                    Value v = a.known(0);
                    if (v instanceof Value.Null) {
                        return v;
                    }
                    if (!(v instanceof Value.Obj o)) {
                        throw a.error("cannot convert " + v.typeName() + " to map");
                    }
                    List<String> keys = Order.sortedKeys(o.fields());
                    List<Value> values = new ArrayList<>();
                    for (String k : keys) {
                        values.add(o.get(k));
                    }
                    List<Value> unified = Sets.unifyElements(values);
                    Map<String, Value> out = new LinkedHashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        out.put(keys.get(i), unified.get(i));
                    }
                    return new Value.Obj(out);
                }).unknowns(Unknowns.TOP_LEVEL).nullable(0),
                // Bulwark does not track sensitivity; the values themselves pass through.
                Builtin.of("sensitive", 1, a -> a.get(0)).unknowns(Unknowns.SELF).nullable(0),
                Builtin.of("nonsensitive", 1, a -> a.get(0)).unknowns(Unknowns.SELF).nullable(0));
    }
}
