package dev.bulwark.rule.cel;

import com.google.protobuf.NullValue;
import dev.bulwark.model.Value;
import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model values as CEL sees them (maps, lists, strings, int, double, bool, null). Unknown values
 * become attribute patterns, so CEL's own unknown tracking tells whether a result depended on them.
 */
final class CelInput {
    private CelInput() {}

    /** A converted value with the unknowns found inside it, by CEL attribute (shown as a path only when reported). */
    record Converted(Object value, Map<CelAttributePattern, Value.Unknown> unknowns) {}

    /**
     * @param computedAsReference when true, a value the provider computes (an id, an ARN) becomes the
     *                            string {@code ${address.attribute}}: unknown, but surely that resource's
     *                            own value, so never a wildcard or a literal the rule looks for
     *                            (see {@link UnknownsAsReferences})
     */
    static Converted convert(String variable, List<CelAttribute.Qualifier> prefix, Value v, boolean computedAsReference) {
        return convert(variable, prefix, v, UnknownsAsReferences.of(computedAsReference));
    }

    /** @param references the unknown values that become reference strings instead of unknowns */
    static Converted convert(String variable, List<CelAttribute.Qualifier> prefix, Value v, UnknownsAsReferences references) {
        Map<CelAttributePattern, Value.Unknown> unknowns = new LinkedHashMap<>();
        Object out = toCel(v, new Step(null, null, variable, prefix), unknowns, references);
        return new Converted(out, unknowns.isEmpty() ? Map.of() : unknowns);
    }

    /**
     * Where a value sits: a map key (String) or list index (Integer) under its parent. The CEL
     * attribute pattern is built only for the few unknown leaves, not for every value.
     */
    private record Step(Step parent, Object key, String variable, List<CelAttribute.Qualifier> prefix) {
        Step child(Object childKey) {
            return new Step(this, childKey, null, null);
        }

        CelAttributePattern pattern() {
            if (parent == null) {
                CelAttributePattern root = CelAttributePattern.fromQualifiedIdentifier(variable);
                for (CelAttribute.Qualifier q : prefix) root = root.qualify(q);
                return root;
            }
            CelAttribute.Qualifier q = key instanceof Integer i ? CelAttribute.Qualifier.ofInt(i) : CelAttribute.Qualifier.ofString((String) key);
            return parent.pattern().qualify(q);
        }
    }

    private static Object toCel(Value v, Step at, Map<CelAttributePattern, Value.Unknown> unknowns, UnknownsAsReferences computedAsReference) {
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.Bool b) return b.value();
        if (v instanceof Value.Num n) return number(n.value());
        if (v instanceof Value.Null) return NullValue.NULL_VALUE;
        if (v instanceof Value.ListV l) {
            int n = l.items().size();
            Object[] out = new Object[n];
            boolean[] unknown = new boolean[n];
            for (int i = 0; i < n; i++) {
                Value item = l.items().get(i);
                out[i] = toCel(item, at.child(i), unknowns, computedAsReference);
                unknown[i] = isUnknownLeaf(item, computedAsReference);
            }
            return new UnknownReads.WatchedList(out, unknown);
        }
        if (v instanceof Value.Obj o) {
            int n = o.fields().size();
            String[] keys = new String[n];
            Object[] out = new Object[n];
            boolean[] unknown = new boolean[n];
            int i = 0;
            for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                keys[i] = e.getKey();
                out[i] = toCel(e.getValue(), at.child(e.getKey()), unknowns, computedAsReference);
                unknown[i] = isUnknownLeaf(e.getValue(), computedAsReference);
                i++;
            }
            return new UnknownReads.WatchedMap(keys, out, unknown);
        }
        Value.Unknown u = (Value.Unknown) v;
        String reference = computedAsReference.reference(u);
        if (reference != null) return reference;
        unknowns.put(at.pattern(), u);
        return UnknownReads.UNKNOWN;
    }

    private static boolean isUnknownLeaf(Value v, UnknownsAsReferences computedAsReference) {
        return v instanceof Value.Unknown u && computedAsReference.reference(u) == null;
    }

    /** Whole numbers become CEL ints so {@code port == 22} compares as users expect. */
    static Object number(BigDecimal n) {
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return n.doubleValue();
        }
    }
}
