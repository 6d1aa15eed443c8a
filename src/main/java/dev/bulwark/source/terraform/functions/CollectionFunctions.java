package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import dev.bulwark.source.terraform.functions.Builtin.Unknowns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Terraform's collection functions. */
final class CollectionFunctions {
    /** Terraform refuses to build longer sequences with {@code range}. */
    static final int MAX_RANGE = 1024;

    private CollectionFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.of("length", 1, CollectionFunctions::length).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("element", 2, CollectionFunctions::element).unknowns(Unknowns.TOP_LEVEL),
                Builtin.variadic("concat", 1, a -> {
                    List<Value> out = new ArrayList<>();
                    for (int i = 0; i < a.size(); i++) {
                        out.addAll(a.list(i));
                    }
                    return new Value.ListV(out);
                }).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("contains", 2, CollectionFunctions::contains).unknowns(Unknowns.TOP_LEVEL).nullable(1),
                Builtin.of("index", 2, CollectionFunctions::index).unknowns(Unknowns.TOP_LEVEL).nullable(1),
                Builtin.of("distinct", 1, a -> new Value.ListV(new ArrayList<>(new LinkedHashSet<>(a.list(0))))),
                Builtin.of("flatten", 1, a -> {
                    List<Value> out = new ArrayList<>();
                    flattenInto(a.list(0), out, 0);
                    return new Value.ListV(out);
                }).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("keys", 1, a -> {
                    List<Value> keys = new ArrayList<>();
                    for (String k : Order.sortedKeys(a.object(0))) {
                        keys.add(Value.of(k));
                    }
                    return new Value.ListV(keys);
                }).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("values", 1, a -> {
                    Map<String, Value> fields = a.object(0);
                    List<Value> values = new ArrayList<>();
                    for (String k : Order.sortedKeys(fields)) {
                        values.add(fields.get(k));
                    }
                    return new Value.ListV(values);
                }).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("lookup", 2, 3, CollectionFunctions::lookup).unknowns(Unknowns.SELF).nullable(2),
                Builtin.variadic("merge", 0, CollectionFunctions::merge).unknowns(Unknowns.TOP_LEVEL).nullableAll(),
                Builtin.of("range", 1, 3, CollectionFunctions::range),
                Builtin.of("reverse", 1, a -> {
                    List<Value> items = new ArrayList<>(a.list(0));
                    Collections.reverse(items);
                    return new Value.ListV(items);
                }).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("slice", 3, CollectionFunctions::slice).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("sort", 1, a -> {
                    List<Value> items = a.list(0);
                    for (int k = 0; k < items.size(); k++) {
                        if (items.get(k) instanceof Value.Null) {
                            throw a.argError(0, "element " + k + " is null; a null string cannot be sorted");
                        }
                    }
                    List<String> strings = new ArrayList<>(a.strings(0));
                    strings.sort(Order.STRINGS);
                    return strings(strings);
                }),
                Builtin.of("zipmap", 2, CollectionFunctions::zipmap).unknowns(Unknowns.TOP_LEVEL),
                Builtin.variadic("coalesce", 1, CollectionFunctions::coalesce).unknowns(Unknowns.SELF).nullableAll(),
                Builtin.variadic("coalescelist", 1, CollectionFunctions::coalescelist).unknowns(Unknowns.SELF).nullableAll(),
                Builtin.of("compact", 1, a -> {
                    List<Value> items = a.list(0);
                    List<Value> out = new ArrayList<>();
                    for (int k = 0; k < items.size(); k++) {
                        Value item = items.get(k);
                        if (item instanceof Value.Null) {
                            continue;
                        }
                        String s = a.elementString(item, "argument 1 element " + k);
                        if (!s.isEmpty()) {
                            out.add(Value.of(s));
                        }
                    }
                    return new Value.ListV(out);
                }),
                Builtin.of("chunklist", 2, CollectionFunctions::chunklist).unknowns(Unknowns.TOP_LEVEL),
                Builtin.variadic("setproduct", 2, CollectionFunctions::setproduct).unknowns(Unknowns.TOP_LEVEL),
                Builtin.variadic("setunion", 1, a -> {
                    List<Value> all = new ArrayList<>();
                    for (int i = 0; i < a.size(); i++) {
                        all.addAll(a.list(i));
                    }
                    return new Value.ListV(Sets.setKeepingUnknowns(all));
                }).unknowns(Unknowns.TOP_LEVEL),
                Builtin.variadic("setintersection", 1, a -> {
                    List<Value> result = Sets.set(a.list(0));
                    for (int i = 1; i < a.size(); i++) {
                        List<Value> other = Sets.set(a.list(i));
                        result.removeIf(v -> !Sets.contains(other, v));
                    }
                    return new Value.ListV(result);
                }),
                Builtin.of("setsubtract", 2, a -> {
                    List<Value> result = Sets.set(a.list(0));
                    List<Value> remove = Sets.set(a.list(1));
                    result.removeIf(v -> Sets.contains(remove, v));
                    return new Value.ListV(result);
                }),
                Builtin.of("transpose", 1, CollectionFunctions::transpose),
                Builtin.of("one", 1, a -> {
                    List<Value> items = a.list(0);
                    if (items.size() > 1) {
                        throw a.argError(0, "must be a list, set, or tuple value with either zero or one elements, got "
                                + items.size() + " elements");
                    }
                    return items.isEmpty() ? Value.NULL : items.get(0);
                }).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("sum", 1, a -> {
                    List<BigDecimal> numbers = a.numbers(0);
                    if (numbers.isEmpty()) {
                        throw a.argError(0, "cannot be empty: there is nothing to sum");
                    }
                    BigDecimal total = BigDecimal.ZERO;
                    for (BigDecimal n : numbers) {
                        total = total.add(n);
                    }
                    return Value.of(total);
                }),
                Builtin.of("alltrue", 1, a -> truthOfAll(a, true)).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("anytrue", 1, a -> truthOfAll(a, false)).unknowns(Unknowns.TOP_LEVEL),
                Builtin.of("matchkeys", 3, CollectionFunctions::matchkeys));
    }

    static Value.ListV strings(List<String> strings) {
        List<Value> out = new ArrayList<>(strings.size());
        for (String s : strings) {
            out.add(Value.of(s));
        }
        return new Value.ListV(out);
    }

    private static Value length(Args a) throws FunctionException {
        Value v = a.known(0);
        if (v instanceof Value.Str s) {
            return Value.of(Graphemes.count(s.value()));
        }
        if (v instanceof Value.ListV l) {
            return Value.of(l.items().size());
        }
        if (v instanceof Value.Obj o) {
            return Value.of(o.fields().size());
        }
        throw a.argError(0, "must be a string, list, set, tuple, map or object, got " + v.typeName());
    }

    private static Value element(Args a) throws FunctionException {
        List<Value> items = a.list(0);
        int index = a.integer(1);
        if (items.isEmpty()) {
            throw a.error("cannot use element function with an empty list");
        }
        if (index < 0) {
            throw a.error("cannot use element function with a negative index");
        }
        return items.get(index % items.size());
    }

    private static Value contains(Args a) throws FunctionException {
        List<Value> items = a.list(0);
        Value wanted = a.get(1);
        Value.Unknown pending = null;
        for (Value item : items) {
            Value same = Convert.equalValue(item, wanted);
            if (same == Value.TRUE) {
                return same;
            }
            if (same instanceof Value.Unknown u && pending == null) {
                pending = u;
            }
        }
        return pending != null ? Convert.derived(pending) : Value.FALSE;
    }

    private static Value index(Args a) throws FunctionException {
        List<Value> items = a.list(0);
        if (items.isEmpty()) {
            throw a.error("cannot search an empty list");
        }
        for (int i = 0; i < items.size(); i++) {
            Value same = Convert.equalValue(items.get(i), a.get(1));
            if (same instanceof Value.Unknown u) {
                return Convert.derived(u); // this item might be the one
            }
            if (same == Value.TRUE) {
                return Value.of(i);
            }
        }
        throw a.error("item not found");
    }

    private static void flattenInto(List<Value> items, List<Value> out, int depth) throws FunctionException {
        if (depth > 1000) {
            throw new FunctionException("lists are nested too deeply");
        }
        for (Value item : items) {
            if (item instanceof Value.ListV nested) {
                flattenInto(nested.items(), out, depth + 1);
            } else {
                out.add(item); // an unknown item stays one unknown item
            }
        }
    }

    private static Value lookup(Args a) throws FunctionException {
        Args.known(a.get(0));
        Args.known(a.get(1));
        Map<String, Value> map = a.object(0);
        String key = a.string(1);
        Value found = map.get(key);
        if (found != null) {
            return found;
        }
        if (a.size() == 3) {
            return a.get(2);
        }
        throw a.error("the map has no key " + Json.quote(key) + " and no default value was given");
    }

    private static Value merge(Args a) throws FunctionException {
        Map<String, Value> merged = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof Value.Null) {
                continue;
            }
            merged.putAll(a.object(i));
        }
        return Order.sortedObject(merged);
    }

    private static Value range(Args a) throws FunctionException {
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal limit;
        if (a.size() == 1) {
            limit = a.number(0);
        } else {
            start = a.number(0);
            limit = a.number(1);
        }
        BigDecimal step = a.size() == 3 ? a.number(2)
                : limit.compareTo(start) < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        if (step.signum() == 0) {
            throw a.error("step must not be zero");
        }
        boolean down = limit.compareTo(start) < 0;
        if (down && step.signum() > 0) {
            throw a.error("step must be negative for a decreasing sequence");
        }
        if (!down && limit.compareTo(start) > 0 && step.signum() < 0) {
            throw a.error("step must be positive for an increasing sequence");
        }
        List<Value> out = new ArrayList<>();
        for (BigDecimal v = start; down ? v.compareTo(limit) > 0 : v.compareTo(limit) < 0; v = v.add(step)) {
            if (out.size() == MAX_RANGE) {
                throw a.error("more than " + MAX_RANGE + " values were generated; either decrease the difference"
                        + " between start and limit or use a larger step");
            }
            out.add(Value.of(v));
        }
        return new Value.ListV(out);
    }

    private static Value slice(Args a) throws FunctionException {
        List<Value> items = a.list(0);
        int start = a.integer(1);
        int end = a.integer(2);
        if (start < 0) {
            throw a.argError(1, "must not be negative, got " + start);
        }
        if (end > items.size()) {
            throw a.argError(2, "must not be greater than the length of the list (" + items.size() + "), got " + end);
        }
        if (start > end) {
            throw a.error("start index " + start + " must not be greater than end index " + end);
        }
        return new Value.ListV(items.subList(start, end));
    }

    private static Value zipmap(Args a) throws FunctionException {
        List<String> keys = a.strings(0);
        List<Value> values = a.list(1);
        if (keys.size() != values.size()) {
            throw a.error("number of keys (" + keys.size() + ") does not match number of values (" + values.size() + ")");
        }
        Map<String, Value> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), values.get(i));
        }
        return Order.sortedObject(out);
    }

    private static Value coalesce(Args a) throws FunctionException {
        List<Value> known = new ArrayList<>();
        for (Value v : a.all()) {
            if (!(v instanceof Value.Unknown)) {
                known.add(v);
            }
        }
        boolean toStrings;
        try {
            toStrings = Sets.unify(known) != known;
        } catch (FunctionException e) {
            throw a.error("arguments must all have the same type, but " + e.getMessage());
        }
        for (Value v : a.all()) {
            if (v instanceof Value.Unknown u) {
                return u; // it might be the first non-null value
            }
            if (v instanceof Value.Null || (v instanceof Value.Str s && s.value().isEmpty())) {
                continue;
            }
            return toStrings && Convert.isPrimitive(v) ? Value.of(Convert.stringOrNull(v)) : v;
        }
        throw a.error("no non-null, non-empty-string arguments");
    }

    private static Value coalescelist(Args a) throws FunctionException {
        for (int i = 0; i < a.size(); i++) {
            Value v = a.get(i);
            if (v instanceof Value.Unknown u) {
                return u;
            }
            if (v instanceof Value.Null) {
                continue;
            }
            if (!a.list(i).isEmpty()) {
                return v;
            }
        }
        throw a.error("no non-null, non-empty arguments");
    }

    private static Value chunklist(Args a) throws FunctionException {
        List<Value> items = a.list(0);
        int size = a.integer(1);
        if (size < 0) {
            throw a.argError(1, "must not be negative, got " + size);
        }
        List<Value> chunks = new ArrayList<>();
        if (items.isEmpty()) {
            return new Value.ListV(chunks);
        }
        if (size == 0) {
            chunks.add(new Value.ListV(items));
            return new Value.ListV(chunks);
        }
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(new Value.ListV(items.subList(i, Math.min(i + size, items.size()))));
        }
        return new Value.ListV(chunks);
    }

    private static Value setproduct(Args a) throws FunctionException {
        List<List<Value>> sets = new ArrayList<>();
        long total = 1;
        for (int i = 0; i < a.size(); i++) {
            List<Value> items = a.list(i);
            sets.add(items);
            total *= items.size();
            if (total > 100_000) {
                throw a.error("the product would have more than 100000 elements");
            }
        }
        List<Value> out = new ArrayList<>();
        if (total == 0) {
            return new Value.ListV(out);
        }
        int[] index = new int[sets.size()];
        for (long n = 0; n < total; n++) {
            List<Value> row = new ArrayList<>(sets.size());
            for (int i = 0; i < sets.size(); i++) {
                row.add(sets.get(i).get(index[i]));
            }
            out.add(new Value.ListV(row));
            for (int i = sets.size() - 1; i >= 0; i--) {
                if (++index[i] < sets.get(i).size()) {
                    break;
                }
                index[i] = 0;
            }
        }
        return new Value.ListV(out);
    }

    private static Value transpose(Args a) throws FunctionException {
        Map<String, Value> input = a.object(0);
        Map<String, List<Value>> out = new HashMap<>();
        for (String key : Order.sortedKeys(input)) {
            Value v = input.get(key);
            if (!(v instanceof Value.ListV list)) {
                throw a.argError(0, "must be a map of lists of strings, but key " + Json.quote(key) + " holds " + v.typeName());
            }
            for (int k = 0; k < list.items().size(); k++) {
                String s = a.elementString(list.items().get(k), "argument 1 key " + Json.quote(key) + " element " + k);
                out.computeIfAbsent(s, x -> new ArrayList<>()).add(Value.of(key));
            }
        }
        Map<String, Value> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<Value>> e : out.entrySet()) {
            result.put(e.getKey(), new Value.ListV(e.getValue()));
        }
        return Order.sortedObject(result);
    }

    private static Value truthOfAll(Args a, boolean all) throws FunctionException {
        List<Value> items = a.list(0);
        Value.Unknown pending = null;
        for (int k = 0; k < items.size(); k++) {
            Value item = items.get(k);
            if (item instanceof Value.Unknown u) {
                pending = pending == null ? u : pending;
                continue;
            }
            boolean truth;
            if (item instanceof Value.Null) {
                truth = false;
            } else {
                Boolean b = Convert.boolOrNull(item);
                if (b == null) {
                    throw a.argError(0, "element " + k + " must be a bool, got " + Convert.describe(item));
                }
                truth = b;
            }
            if (all && !truth) {
                return Value.FALSE;
            }
            if (!all && truth) {
                return Value.TRUE;
            }
        }
        return pending != null ? Convert.derived(pending) : Value.of(all);
    }

    private static Value matchkeys(Args a) throws FunctionException {
        List<Value> values = a.list(0);
        List<Value> keys = a.list(1);
        List<Value> search = a.list(2);
        if (values.size() != keys.size()) {
            throw a.error("length of keys (" + keys.size() + ") and values (" + values.size() + ") should be equal");
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Value key = keys.get(i);
            boolean found = Sets.contains(search, key)
                    || (Convert.isPrimitive(key) && searchAsStrings(search, Convert.stringOrNull(key)));
            if (found) {
                out.add(values.get(i));
            }
        }
        return new Value.ListV(out);
    }

    // matchkeys converts keys and search set to one element type; a number key matches "1".
    private static boolean searchAsStrings(List<Value> search, String key) {
        for (Value v : search) {
            if (Convert.isPrimitive(v) && key.equals(Convert.stringOrNull(v))) {
                return true;
            }
        }
        return false;
    }
}
