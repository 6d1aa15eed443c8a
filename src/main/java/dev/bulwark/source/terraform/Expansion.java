package dev.bulwark.source.terraform;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Body;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The instances a resource or module block expands to through {@code count} or {@code for_each}.
 * When the count or collection is unknown, one instance is evaluated with unknown keys, and the
 * block's value as seen by references is unknown.
 */
record Expansion(Kind kind, List<Instance> instances, Value.Unknown unknown, Set<String> references, boolean keyedByReference) {
    enum Kind { SINGLE, COUNT, FOR_EACH }

    /** One instance: its key (null for SINGLE), the address suffix, and the symbols it binds. */
    record Instance(Value key, String suffix, Map<String, Value> symbols) {}

    static Expansion of(Body body, Scope s, String what) {
        Attribute count = body.attribute("count");
        Attribute forEach = body.attribute("for_each");
        if (count != null && forEach != null) {
            s.module.context.diagnostics.error(s.file, forEach.nameRange(), what + " cannot use both count and for_each");
        }
        if (count != null) return counted(count, s, what);
        if (forEach != null) return forEach(forEach, s, what);
        return new Expansion(Kind.SINGLE, List.of(new Instance(null, "", Map.of())), null, Set.of(), false);
    }

    private static Expansion counted(Attribute a, Scope s, String what) {
        Cell.Evaluated ev = Evaluation.of(a.expr(), s);
        Value v = ev.value();
        Set<String> refs = ev.references();
        if (v instanceof Value.Unknown u) {
            Map<String, Value> symbols = Map.of("count", new Value.Obj(Map.of("index", u)));
            return new Expansion(Kind.COUNT, List.of(new Instance(null, "", symbols)), u, refs, false);
        }
        int n;
        try {
            BigDecimal d = Operators.num(v, a.expr().range());
            n = d.intValueExact();
            if (n < 0) throw new ArithmeticException();
        } catch (ArithmeticException | EvalException e) {
            s.module.context.diagnostics.error(s.file, a.expr().range(), "count must be a whole number of zero or more, got " + v);
            return new Expansion(Kind.COUNT, List.of(), null, refs, false);
        }
        List<Instance> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Instance(Value.of(i), "[" + i + "]", Map.of("count", new Value.Obj(Map.of("index", Value.of(i))))));
        }
        return new Expansion(Kind.COUNT, out, null, refs, false);
    }

    private static Expansion forEach(Attribute a, Scope s, String what) {
        Cell.Evaluated ev = Evaluation.of(a.expr(), s);
        Value v = ev.value();
        Set<String> refs = ev.references();
        boolean keyed = isResourceReference(a.expr());
        if (v instanceof Value.Unknown u) {
            Map<String, Value> symbols = Map.of("each", new Value.Obj(Map.of("key", u, "value", u)));
            return new Expansion(Kind.FOR_EACH, List.of(new Instance(null, "", symbols)), u, refs, false);
        }
        Map<String, Value> elements = new TreeMap<>();
        if (v instanceof Value.Obj o) {
            elements.putAll(o.fields());
        } else if (v instanceof Value.ListV l) {
            for (Value item : l.items()) {
                if (item instanceof Value.Unknown u) {
                    Map<String, Value> symbols = Map.of("each", new Value.Obj(Map.of("key", u, "value", u)));
                    return new Expansion(Kind.FOR_EACH, List.of(new Instance(null, "", symbols)), u, refs, false);
                }
                if (!(item instanceof Value.Str str)) {
                    s.module.context.diagnostics.error(s.file, a.expr().range(),
                            "for_each over a set needs strings, got a " + item.typeName() + "; use a map, or toset() of strings");
                    return new Expansion(Kind.FOR_EACH, List.of(), null, refs, false);
                }
                elements.put(str.value(), item);
            }
        } else {
            s.module.context.diagnostics.error(s.file, a.expr().range(),
                    "for_each needs a map or a set of strings, got " + (v instanceof Value.Null ? "null" : "a " + v.typeName()));
            return new Expansion(Kind.FOR_EACH, List.of(), null, refs, false);
        }
        List<Instance> out = new ArrayList<>(elements.size());
        for (Map.Entry<String, Value> e : elements.entrySet()) {
            Map<String, Value> each = new LinkedHashMap<>();
            each.put("key", Value.of(e.getKey()));
            each.put("value", e.getValue());
            out.add(new Instance(Value.of(e.getKey()), "[" + ExprEvaluator.quote(e.getKey()) + "]",
                    Map.of("each", new Value.Obj(each))));
        }
        return new Expansion(Kind.FOR_EACH, out, null, refs, keyed);
    }

    /** True for {@code for_each = aws_s3_bucket.x} (or {@code data.t.n}): its instances pair with ours by key. */
    private static boolean isResourceReference(dev.bulwark.source.hcl.Expr e) {
        if (!(e instanceof dev.bulwark.source.hcl.Expr.GetAttr g)) return false;
        if (g.object() instanceof dev.bulwark.source.hcl.Expr.Variable) return true;
        return g.object() instanceof dev.bulwark.source.hcl.Expr.GetAttr inner && inner.object() instanceof dev.bulwark.source.hcl.Expr.Variable v
                && v.name().equals("data");
    }

    /**
     * What an instance was derived from through count or for_each: with {@code for_each} over another
     * resource, the instance with the same key; otherwise what the expression read.
     */
    Set<String> referencesOf(Instance instance) {
        // count only says how many: count = length(aws_instance.web) does not make every instance refer to every web
        if (references.isEmpty() || kind == Kind.COUNT) return Set.of();
        if (!keyedByReference || instance.key() == null) return references;
        Set<String> out = new java.util.LinkedHashSet<>();
        // The sensitivity marker is no address: it passes to every instance as it is, or it would be lost
        for (String r : references) out.add(r.equals(SensitiveValues.MARK) ? r : r + instance.suffix());
        return out;
    }

    /** The value references see: an object, a list by index, a map by key, or unknown. */
    Value aggregate(List<Value> instanceValues) {
        if (unknown != null) return unknown;
        return switch (kind) {
            case SINGLE -> instanceValues.isEmpty() ? Value.NULL : instanceValues.get(0);
            case COUNT -> new Value.ListV(instanceValues);
            case FOR_EACH -> {
                Map<String, Value> byKey = new LinkedHashMap<>();
                for (int i = 0; i < instances.size(); i++) {
                    byKey.put(((Value.Str) instances.get(i).key()).value(), instanceValues.get(i));
                }
                yield new Value.Obj(byKey);
            }
        };
    }

    /** The scope with {@code each}/{@code count} bound; reading {@code each} counts as reading what for_each read. */
    Scope bind(Scope s, Instance instance) {
        Scope out = s;
        for (Map.Entry<String, Value> e : instance.symbols().entrySet()) {
            out = out.with(e.getKey(), e.getValue(), e.getKey().equals("each") ? referencesOf(instance) : Set.of());
        }
        return out;
    }
}
