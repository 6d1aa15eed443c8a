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
        Object out = toCel(v, new Step(null, null, variable, prefix), unknowns, references, Place.PLAIN);
        return new Converted(out, unknowns.isEmpty() ? Map.of() : unknowns);
    }

    /**
     * For failure messages only: each unknown value becomes its description in brackets, so that a
     * message can name it ("(variable has no value: var.account_id)") instead of failing to build.
     */
    static Object withUnknownsAsText(Value v, UnknownsAsReferences computedAsReference) {
        return toCel(v, null, null, computedAsReference, Place.PLAIN);
    }

    /**
     * For failure messages only, when naming the unknown values does not build one: the value with
     * every unknown part left out, as if not set, so the message says what is known to be wrong.
     */
    static Object withUnknownsLeftOut(Value v, UnknownsAsReferences computedAsReference) {
        return toCel(leaveOutUnknowns(v, computedAsReference), null, null, computedAsReference, Place.PLAIN);
    }

    private static Value leaveOutUnknowns(Value v, UnknownsAsReferences computedAsReference) {
        if (v instanceof Value.ListV l) {
            // A list element with an unknown part goes whole: an ingress entry without its port is no entry to describe.
            return new Value.ListV(l.items().stream().filter(i -> known(i, computedAsReference)).toList());
        }
        if (v instanceof Value.Obj o) {
            Map<String, Value> fields = new LinkedHashMap<>();
            o.fields().forEach((k, f) -> {
                if (!isUnknownLeaf(f, computedAsReference)) fields.put(k, leaveOutUnknowns(f, computedAsReference));
            });
            return new Value.Obj(fields);
        }
        return v;
    }

    private static boolean known(Value v, UnknownsAsReferences computedAsReference) {
        if (v instanceof Value.ListV l) return l.items().stream().allMatch(i -> known(i, computedAsReference));
        if (v instanceof Value.Obj o) return o.fields().values().stream().allMatch(f -> known(f, computedAsReference));
        return !isUnknownLeaf(v, computedAsReference);
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

    /** Where a value sits: anywhere, inside an IAM policy document, or inside a statement's principal. */
    private enum Place { PLAIN, POLICY, PRINCIPAL }

    /**
     * @param place inside an IAM policy document condition values are strings compared by their
     *              operators, so there "true" stays a string; inside a principal, see {@link #principalArn}
     */
    private static Object toCel(Value v, Step at, Map<CelAttributePattern, Value.Unknown> unknowns, UnknownsAsReferences computedAsReference,
                                Place place) {
        if (v instanceof Value.Str s) return place == Place.PLAIN ? boolOrString(s.value()) : s.value();
        if (v instanceof Value.Bool b) return b.value();
        if (v instanceof Value.Num n) return number(n.value());
        if (v instanceof Value.Null) return NullValue.NULL_VALUE;
        if (v instanceof Value.ListV l) {
            int n = l.items().size();
            Object[] out = new Object[n];
            boolean[] unknown = new boolean[n];
            for (int i = 0; i < n; i++) {
                Value item = l.items().get(i);
                out[i] = toCel(item, at == null || isLeaf(item) ? null : at.child(i), unknowns, computedAsReference, place);
                unknown[i] = unknowns != null && isUnknownLeaf(item, computedAsReference, place);
            }
            return new UnknownReads.WatchedList(out, unknown);
        }
        if (v instanceof Value.Obj o) {
            Place inner = place == Place.PLAIN && o.fields().containsKey("Statement") ? Place.POLICY : place;
            // A null attribute is one not set, as in Terraform: has() is false for it, as rules expect.
            int size = o.size();
            int n = 0;
            for (int j = 0; j < size; j++) {
                if (!(o.value(j) instanceof Value.Null)) n++;
            }
            String[] keys = new String[n];
            Object[] out = new Object[n];
            boolean[] unknown = new boolean[n];
            int i = 0;
            for (int j = 0; j < size; j++) {
                Value field = o.value(j);
                if (field instanceof Value.Null) continue;
                String key = o.key(j);
                Place child = inner == Place.POLICY && (key.equals("Principal") || key.equals("NotPrincipal")) ? Place.PRINCIPAL : inner;
                keys[i] = key;
                out[i] = toCel(field, at == null || isLeaf(field) ? null : at.child(key), unknowns, computedAsReference, child);
                unknown[i] = unknowns != null && isUnknownLeaf(field, computedAsReference, child);
                i++;
            }
            return new UnknownReads.WatchedMap(keys, out, unknown);
        }
        Value.Unknown u = (Value.Unknown) v;
        String reference = reference(u, computedAsReference, place);
        if (reference != null) return reference;
        if (unknowns == null) return "(" + u.describe() + ")";
        unknowns.put(at.pattern(), u);
        return UnknownReads.UNKNOWN;
    }

    /** A value whose conversion needs no place (a known string, number, bool or null): no Step is made for it. */
    private static boolean isLeaf(Value v) {
        return !(v instanceof Value.Obj || v instanceof Value.ListV || v instanceof Value.Unknown);
    }

    private static String reference(Value.Unknown u, UnknownsAsReferences computedAsReference, Place place) {
        String reference = computedAsReference.reference(u);
        return reference == null && place == Place.PRINCIPAL ? principalArn(u) : reference;
    }

    /**
     * A principal written as an ARN with unknown pieces ({@code arn:aws:iam::${var.account_id}:root})
     * names one principal whatever the pieces turn out to be: IAM accepts no wildcard inside a
     * principal's ARN, only {@code "*"} alone. It becomes its text with each piece as
     * {@code ${...}}; any other unknown principal stays unknown.
     */
    private static String principalArn(Value.Unknown u) {
        if (u.parts() == null || u.parts().isEmpty() || !(u.parts().get(0) instanceof Value.Str first) || !first.value().startsWith("arn:")) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Value piece : u.parts()) {
            text.append(piece instanceof Value.Str s ? s.value() : "${" + ((Value.Unknown) piece).detail() + "}");
        }
        return text.toString();
    }

    /**
     * "true" and "false" as booleans: Terraform converts them so for every bool argument (a module
     * input typed string passed on to {@code encrypted}), and a rule comparing with true must see that.
     */
    private static Object boolOrString(String s) {
        if (s.equals("true")) return Boolean.TRUE;
        if (s.equals("false")) return Boolean.FALSE;
        return s;
    }

    private static boolean isUnknownLeaf(Value v, UnknownsAsReferences computedAsReference) {
        return isUnknownLeaf(v, computedAsReference, Place.PLAIN);
    }

    private static boolean isUnknownLeaf(Value v, UnknownsAsReferences computedAsReference, Place place) {
        return v instanceof Value.Unknown u && reference(u, computedAsReference, place) == null;
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
