package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Set and collection-type rules: elements of one collection share a type (mixed string, number and
 * bool unify to strings), sets hold distinct elements, and sets of strings, numbers or bools
 * iterate in sorted order the way Terraform prints them.
 */
final class Sets {
    private Sets() {}

    /** Distinct elements in Terraform's set order; the items must be wholly known. */
    static List<Value> set(List<Value> items) throws FunctionException {
        List<Value> distinct = new ArrayList<>(new LinkedHashSet<>(unifyElements(items)));
        if (distinct.stream().allMatch(v -> v instanceof Value.Str)) {
            distinct.sort((x, y) -> Order.compareCodePoints(((Value.Str) x).value(), ((Value.Str) y).value()));
        } else if (distinct.stream().allMatch(v -> v instanceof Value.Num)) {
            distinct.sort((x, y) -> ((Value.Num) x).value().compareTo(((Value.Num) y).value()));
        } else if (distinct.stream().allMatch(v -> v instanceof Value.Bool)) {
            distinct.sort((x, y) -> Boolean.compare(((Value.Bool) x).value(), ((Value.Bool) y).value()));
        }
        return distinct;
    }

    /**
     * A set that may hold elements not known yet, as Terraform keeps them: the known elements distinct
     * in set order, then the unknown ones (which may turn out equal to another, so the size is not final).
     */
    static List<Value> setKeepingUnknowns(List<Value> items) throws FunctionException {
        List<Value> unified = unifyElements(items);
        if (new Value.ListV(unified).whollyKnown()) return set(unified);
        List<Value> known = new ArrayList<>();
        List<Value> unknown = new ArrayList<>();
        for (Value v : unified) (v.whollyKnown() ? known : unknown).add(v);
        List<Value> out = new ArrayList<>(set(known));
        out.addAll(unknown);
        return out;
    }

    /**
     * The items converted to one element type: a mix of strings, numbers and bools becomes strings;
     * a mix of primitives with collections, or of lists with objects, has no common type. Nulls and
     * unknowns fit any type and stay as they are.
     */
    static List<Value> unify(List<Value> items) throws FunctionException {
        Class<?> kind = null;
        boolean mixedPrimitives = false;
        for (Value v : items) {
            if (v instanceof Value.Null || v instanceof Value.Unknown) {
                continue;
            }
            if (kind == null) {
                kind = v.getClass();
            } else if (kind != v.getClass()) {
                if (Convert.isPrimitive(v) && isPrimitiveKind(kind)) {
                    mixedPrimitives = true;
                } else {
                    throw new FunctionException("found both " + kindName(kind) + " and " + v.typeName());
                }
            }
        }
        if (!mixedPrimitives) {
            return items;
        }
        List<Value> out = new ArrayList<>(items.size());
        for (Value v : items) {
            out.add(Convert.isPrimitive(v) ? Value.of(Convert.stringOrNull(v)) : v);
        }
        return out;
    }

    /** {@link #unify} with the error phrased for collection elements. */
    static List<Value> unifyElements(List<Value> items) throws FunctionException {
        try {
            return unify(items);
        } catch (FunctionException e) {
            throw new FunctionException("elements must all have the same type, but " + e.getMessage());
        }
    }

    static boolean contains(List<Value> set, Value v) {
        for (Value item : set) {
            if (item.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPrimitiveKind(Class<?> kind) {
        return kind == Value.Str.class || kind == Value.Num.class || kind == Value.Bool.class;
    }

    private static String kindName(Class<?> kind) {
        if (kind == Value.Str.class) {
            return "string";
        }
        if (kind == Value.Num.class) {
            return "number";
        }
        if (kind == Value.Bool.class) {
            return "bool";
        }
        return kind == Value.ListV.class ? "list" : "object";
    }
}
