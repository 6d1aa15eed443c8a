package dev.bulwark.source.terraform;

import dev.bulwark.model.UnknownKind;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.hcl.Expr.Part;
import dev.bulwark.source.hcl.Range;
import dev.bulwark.source.terraform.functions.Convert;
import dev.bulwark.source.terraform.functions.FunctionException;
import dev.bulwark.source.terraform.functions.TfFunction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Evaluates one expression in a {@link Scope}. Errors Terraform would report raise
 * {@link EvalException}; values that cannot be known before apply come back as {@link Value.Unknown}
 * with their reason. The addresses of the resources an expression reads are added to {@code references}.
 */
final class ExprEvaluator {
    /** Made on the first reference: most expressions read none. */
    private Set<String> references;

    ExprEvaluator() {}

    /** The addresses read so far, in the order read; empty when none. */
    Set<String> references() {
        return references == null ? Set.of() : references;
    }

    private void addReference(String address) {
        if (references == null) references = new LinkedHashSet<>();
        references.add(address);
    }

    private void addReferences(Set<String> addresses) {
        if (addresses.isEmpty()) return;
        if (references == null) references = new LinkedHashSet<>();
        references.addAll(addresses);
    }

    Value eval(Expr e, Scope s) {
        if (e instanceof Expr.Template t) return template(t, s);
        if (e instanceof Expr.GetAttr || e instanceof Expr.Index) return traversal(e, s);
        if (e instanceof Expr.Variable v) return variable(v, s);
        if (e instanceof Expr.NumberLit n) return Value.of(n.value());
        if (e instanceof Expr.BoolLit b) return Value.of(b.value());
        if (e instanceof Expr.NullLit) return Value.NULL;
        if (e instanceof Expr.Tuple t) return tuple(t, s);
        if (e instanceof Expr.ObjectCons o) return object(o, s);
        if (e instanceof Expr.Call c) return call(c, s);
        if (e instanceof Expr.Conditional c) return conditional(c, s);
        if (e instanceof Expr.Binary b) return binaryChain(b, s);
        if (e instanceof Expr.Unary u) return unary(u, s);
        if (e instanceof Expr.Parens p) return eval(p.inner(), s);
        if (e instanceof Expr.Splat sp) return splat(sp, s);
        if (e instanceof Expr.For f) return forExpr(f, s);
        if (e instanceof Expr.SplatItem si) return requireSymbol(SPLAT_ITEM, si.range(), s);
        throw new EvalException(e.range(), "unsupported expression");
    }

    private static final String SPLAT_ITEM = "\u0000splat";
    /** Bulwark evaluates the configuration as the default workspace would see it. */
    private static final Value TERRAFORM = new Value.Obj(Map.of("workspace", Value.of("default")));

    // ---- references: var, local, module, data, resources, path, each, count, self ----

    private Value variable(Expr.Variable v, Scope s) {
        String name = v.name();
        if (s.hasSymbol(name)) {
            addReferences(s.symbolReferences(name));
            return s.symbol(name);
        }
        ModuleInstance m = s.module;
        return switch (name) {
            case "path" -> m.pathObject();
            case "terraform" -> TERRAFORM;
            case "var", "local", "module", "data" ->
                    throw new EvalException(v.range(), "\"" + name + "\" must be followed by an attribute name, e.g. " + name + ".example");
            case "each" -> throw new EvalException(v.range(), "\"each\" can only be used in a block that has for_each");
            case "count" -> throw new EvalException(v.range(), "\"count\" can only be used in a block that has count");
            case "self" -> throw new EvalException(v.range(), "\"self\" can only be used in provisioner, connection and postcondition blocks");
            default -> {
                if (m.isResourceType(name)) {
                    throw new EvalException(v.range(), "a reference to a resource type must be followed by a resource name: " + name + ".<name>");
                }
                throw new EvalException(v.range(), "unknown name \"" + name + "\"");
            }
        };
    }

    /**
     * A chain of attribute and index steps ({@code a.b[0].c ...}) parses as a left-deep tree as long
     * as the chain. It is walked down to where it starts (a name such as {@code var.x} or a resource,
     * or any other expression), then its steps are applied in a loop, in the order recursion would
     * take, so its length costs no stack.
     */
    private Value traversal(Expr e, Scope s) {
        List<Expr> steps = new ArrayList<>();
        Expr cur = e;
        Value acc = null;
        while (acc == null) {
            if (cur instanceof Expr.GetAttr g) {
                acc = namespaced(g, s, true);
                if (acc == null) {
                    steps.add(g);
                    cur = g.object();
                }
            } else if (cur instanceof Expr.Index i && !(i.collection() instanceof Expr.GetAttr g && isResourceShape(g, s))) {
                steps.add(i);
                cur = i.collection();
            } else if (cur instanceof Expr.Index i) {
                acc = index(i, s);
            } else {
                acc = eval(cur, s);
            }
        }
        for (int k = steps.size() - 1; k >= 0; k--) {
            Expr step = steps.get(k);
            if (step instanceof Expr.GetAttr g) {
                acc = attributeOf(acc, g.name(), g.range(), s);
            } else {
                Expr.Index i = (Expr.Index) step;
                acc = indexValue(acc, eval(i.key(), s), i.range(), s);
            }
        }
        return acc;
    }

    /**
     * Resolves {@code var.x}, {@code local.x}, {@code module.x}, {@code data.t.n} and {@code t.n}
     * when {@code g} has one of those shapes; null otherwise.
     */
    private Value namespaced(Expr.GetAttr g, Scope s, boolean recordResourceRef) {
        ModuleInstance m = s.module;
        if (g.object() instanceof Expr.Variable root && !s.hasSymbol(root.name())) {
            switch (root.name()) {
                case "var":
                    return read(m.variable(g.name(), g.range(), s.file));
                case "local":
                    return read(m.local(g.name(), g.range(), s.file));
                case "module":
                    return read(m.moduleCall(g.name(), g.range(), s.file));
                case "data":
                    return null; // needs one more step: data.type.name
                default:
                    if (m.isResourceType(root.name())) {
                        return resource(root.name() + "." + g.name(), g.range(), s, recordResourceRef);
                    }
                    return null;
            }
        }
        if (g.object() instanceof Expr.GetAttr inner && inner.object() instanceof Expr.Variable root
                && root.name().equals("data") && !s.hasSymbol("data")) {
            return resource("data." + inner.name() + "." + g.name(), g.range(), s, recordResourceRef);
        }
        if (g.object() instanceof Expr.GetAttr inner && inner.object() instanceof Expr.Variable root
                && root.name().equals("module") && !s.hasSymbol("module")) {
            return read(m.moduleOutput(inner.name(), g.name(), g.range(), s.file));
        }
        if (g.object() instanceof Expr.Index i && i.collection() instanceof Expr.GetAttr call
                && call.object() instanceof Expr.Variable root && root.name().equals("module") && !s.hasSymbol("module")) {
            Value key = eval(i.key(), s);
            Cell.Evaluated output = m.moduleInstanceOutput(call.name(), key, g.name(), g.range(), s.file);
            if (output != null) return read(output);
        }
        return null;
    }

    private Value resource(String key, Range at, Scope s, boolean recordRef) {
        Cell.Evaluated ev = s.module.resource(key, at, s.file);
        if (recordRef) addReference(s.module.addressOf(key));
        return ev.value();
    }

    private Value read(Cell.Evaluated ev) {
        addReferences(ev.references());
        return ev.value();
    }

    private Value attributeOf(Value target, String name, Range at, Scope s) {
        if (target instanceof Value.Unknown) return target;
        if (target instanceof Value.Obj o) {
            Value v = o.get(name);
            if (v != null && !(v instanceof Value.Unknown)) return v;
            ResourceOwner owner = s.module.context.resourceOwner(o);
            if (v != null) {
                // an unknown argument still has the kind the attribute gives every value (a VPC's cidr_block)
                UnknownKind kind = owner == null ? null : owner.kindOf(name);
                return kind == null ? v : ((Value.Unknown) v).ofKind(kind);
            }
            if (owner != null) return owner.unwritten("." + name);
            throw new EvalException(at, "this object has no attribute \"" + name + "\"" + available(o));
        }
        if (target instanceof Value.Null) {
            throw new EvalException(at, "cannot read attribute \"" + name + "\" of a null value");
        }
        if (target instanceof Value.ListV) {
            throw new EvalException(at, "cannot read attribute \"" + name + "\" of a list; use an index like [0] or a splat like [*]." + name);
        }
        throw new EvalException(at, "cannot read attribute \"" + name + "\" of a " + target.typeName());
    }

    private static String available(Value.Obj o) {
        if (o.fields().isEmpty()) return "";
        List<String> keys = new ArrayList<>(o.fields().keySet());
        if (keys.size() > 8) keys = keys.subList(0, 8);
        return " (it has: " + String.join(", ", keys) + (o.fields().size() > 8 ? ", …" : "") + ")";
    }

    /** {@code resource[key]}: the reference is recorded with the instance key when it is known. */
    private Value index(Expr.Index i, Scope s) {
        Expr.GetAttr g = (Expr.GetAttr) i.collection();
        Value collection = namespaced(g, s, false);
        String resourceAddress = s.module.addressOf(resourceKey(g));
        Value key = eval(i.key(), s);
        addReference(key.whollyKnown() && !(key instanceof Value.Null)
                ? resourceAddress + "[" + instanceKey(key, i.range()) + "]" : resourceAddress);
        return indexValue(collection, key, i.range(), s);
    }

    private static boolean isResourceShape(Expr.GetAttr g, Scope s) {
        if (g.object() instanceof Expr.Variable root && !s.hasSymbol(root.name())) {
            return s.module.isResourceType(root.name());
        }
        return g.object() instanceof Expr.GetAttr inner && inner.object() instanceof Expr.Variable root
                && root.name().equals("data") && !s.hasSymbol("data");
    }

    private static String resourceKey(Expr.GetAttr g) {
        if (g.object() instanceof Expr.Variable root) return root.name() + "." + g.name();
        Expr.GetAttr inner = (Expr.GetAttr) g.object();
        return "data." + inner.name() + "." + g.name();
    }

    /** An instance key as written in addresses: {@code 0} or {@code "a"}. */
    static String instanceKey(Value key, Range at) {
        if (key instanceof Value.Num n) return Convert.formatNumber(n.value());
        if (key instanceof Value.Str str) return quote(str.value());
        throw new EvalException(at, "an index must be a number or a string, got " + key.typeName());
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Value indexValue(Value collection, Value key, Range at, Scope s) {
        if (collection instanceof Value.Unknown) return collection;
        if (key instanceof Value.Unknown) return key;
        if (collection instanceof Value.ListV l) {
            BigDecimal n = Operators.num(key, at);
            int idx;
            try {
                idx = n.intValueExact();
            } catch (ArithmeticException ex) {
                throw new EvalException(at, "a list index must be a whole number, got " + Convert.formatNumber(n));
            }
            if (idx < 0 || idx >= l.items().size()) {
                throw new EvalException(at, "index " + idx + " is out of range for a list of " + l.items().size() + " element(s)");
            }
            return l.items().get(idx);
        }
        if (collection instanceof Value.Obj o) {
            String k = Operators.str(key, at);
            Value v = o.get(k);
            if (v != null) return v;
            ResourceOwner owner = s.module.context.resourceOwner(o);
            if (owner != null) return owner.unwritten("[" + quote(k) + "]");
            throw new EvalException(at, "key " + quote(k) + " does not exist" + available(o));
        }
        if (collection instanceof Value.Null) throw new EvalException(at, "cannot index a null value");
        throw new EvalException(at, "cannot index a " + collection.typeName());
    }

    private Value requireSymbol(String name, Range at, Scope s) {
        if (!s.hasSymbol(name)) throw new EvalException(at, "splat placeholder outside a splat");
        return s.symbol(name);
    }

    // ---- constructors ----

    private Value tuple(Expr.Tuple t, Scope s) {
        List<Value> items = new ArrayList<>(t.items().size());
        for (Expr item : t.items()) items.add(eval(item, s));
        return new Value.ListV(items);
    }

    private Value object(Expr.ObjectCons o, Scope s) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (Expr.ObjectItem item : o.items()) {
            String key;
            if (item.key() instanceof Expr.Variable bare) {
                key = bare.name();
            } else {
                Value k = eval(item.key(), s);
                if (k instanceof Value.Unknown u) return u;
                if (k instanceof Value.Null) throw new EvalException(item.key().range(), "an object key cannot be null");
                key = Operators.str(k, item.key().range());
            }
            fields.put(key, eval(item.value(), s));
        }
        return new Value.Obj(fields);
    }

    // ---- templates ----

    private Value template(Expr.Template t, Scope s) {
        List<Part> parts = t.parts();
        if (parts.size() == 1 && parts.get(0) instanceof Part.Interp only) {
            return eval(only.expr(), s);
        }
        if (parts.size() == 1 && parts.get(0) instanceof Part.Literal lit) {
            return Value.of(lit.text());
        }
        Rendered out = new Rendered();
        Value unknown = render(parts, s, out);
        return unknown != null ? unknown : out.value();
    }

    /**
     * Rendered template text. An interpolated unknown value becomes a piece of its own, so the string
     * keeps every known part around it; a directive whose condition or collection is unknown leaves
     * the text's very shape unknown.
     */
    private static final class Rendered {
        private final StringBuilder text = new StringBuilder();
        private final List<Value> pieces = new ArrayList<>();

        void unknown(Value.Unknown u) {
            if (u.parts() == null) {
                flush();
                pieces.add(u);
                return;
            }
            for (Value piece : u.parts()) {
                if (piece instanceof Value.Str str) {
                    text.append(str.value());
                } else {
                    flush();
                    pieces.add(piece);
                }
            }
        }

        void flush() {
            if (text.length() > 0) pieces.add(Value.of(text.toString()));
            text.setLength(0);
        }

        Value value() {
            if (pieces.isEmpty()) return Value.of(text.toString());
            flush();
            return Value.Unknown.partString(pieces);
        }
    }

    /** Appends the rendered parts; returns an unknown value when the text's shape cannot be known. */
    private Value render(List<Part> parts, Scope s, Rendered out) {
        for (Part p : parts) {
            if (p instanceof Part.Literal lit) {
                out.text.append(lit.text());
            } else if (p instanceof Part.Interp in) {
                Value v = eval(in.expr(), s);
                if (v instanceof Value.Unknown u) {
                    out.unknown(u);
                    continue;
                }
                if (v instanceof Value.Null) throw new EvalException(in.range(), "a template cannot interpolate a null value");
                if (v instanceof Value.ListV || v instanceof Value.Obj) {
                    throw new EvalException(in.range(), "a template can only interpolate strings, numbers and bools, got " + v.typeName());
                }
                out.text.append(Operators.str(v, in.range()));
            } else if (p instanceof Part.If cond) {
                Value c = eval(cond.condition(), s);
                if (c instanceof Value.Unknown) return c;
                Value u = render(Operators.bool(c, cond.condition().range()) ? cond.thenParts() : cond.elseParts(), s, out);
                if (u != null) return u;
            } else if (p instanceof Part.ForDirective f) {
                Value coll = eval(f.collection(), s);
                if (coll instanceof Value.Unknown) return coll;
                for (Map.Entry<Value, Value> entry : iterate(coll, f.collection().range())) {
                    Scope inner = s.with(f.valueVar(), entry.getValue());
                    if (f.keyVar() != null) inner = inner.with(f.keyVar(), entry.getKey());
                    Value u = render(f.body(), inner, out);
                    if (u != null) return u;
                }
            }
        }
        return null;
    }

    // ---- control ----

    private Value conditional(Expr.Conditional c, Scope s) {
        Value cond = eval(c.condition(), s);
        if (cond instanceof Value.Unknown) return cond;
        if (cond instanceof Value.Null) throw new EvalException(c.condition().range(), "the condition is null");
        return Operators.bool(cond, c.condition().range()) ? eval(c.trueResult(), s) : eval(c.falseResult(), s);
    }

    /**
     * A chain {@code a + b - c ...} parses as a left-deep tree as long as the chain; it is folded
     * from its innermost left operand outwards in a loop, so its length costs no stack. Operands are
     * still evaluated left to right, as HCL does.
     */
    private Value binaryChain(Expr.Binary outermost, Scope s) {
        List<Expr.Binary> spine = new ArrayList<>();
        Expr leftmost = outermost;
        while (leftmost instanceof Expr.Binary b) {
            spine.add(b);
            leftmost = b.lhs();
        }
        Value acc = eval(leftmost, s);
        for (int i = spine.size() - 1; i >= 0; i--) {
            Expr.Binary b = spine.get(i);
            acc = Operators.binary(b.op(), acc, eval(b.rhs(), s), b.range());
        }
        return acc;
    }

    private Value unary(Expr.Unary u, Scope s) {
        Value v = eval(u.operand(), s);
        return u.op() == Expr.UnaryOp.NEGATE ? Operators.negate(v, u.range()) : Operators.not(v, u.range());
    }

    private Value splat(Expr.Splat sp, Scope s) {
        Value source = eval(sp.source(), s);
        if (source instanceof Value.Unknown) return source;
        List<Value> items;
        if (source instanceof Value.Null) {
            return Value.ListV.EMPTY;
        } else if (source instanceof Value.ListV l) {
            items = l.items();
        } else {
            items = List.of(source); // a splat over a single value treats it as a one-element list
        }
        List<Value> out = new ArrayList<>(items.size());
        for (Value item : items) {
            out.add(eval(sp.each(), s.with(SPLAT_ITEM, item)));
        }
        return new Value.ListV(out);
    }

    private Value forExpr(Expr.For f, Scope s) {
        Value coll = eval(f.collection(), s);
        if (coll instanceof Value.Unknown) return coll;
        List<Value> tupleOut = new ArrayList<>();
        Map<String, Value> objectOut = new LinkedHashMap<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (Map.Entry<Value, Value> entry : iterate(coll, f.collection().range())) {
            Scope inner = s.with(f.valueVar(), entry.getValue());
            if (f.keyVar() != null) inner = inner.with(f.keyVar(), entry.getKey());
            if (f.condition() != null) {
                Value keep = eval(f.condition(), inner);
                if (keep instanceof Value.Unknown) return keep;
                if (!Operators.bool(keep, f.condition().range())) continue;
            }
            if (!f.objectResult()) {
                tupleOut.add(eval(f.valueExpr(), inner));
                continue;
            }
            Value k = eval(f.keyExpr(), inner);
            if (k instanceof Value.Unknown) return k;
            if (k instanceof Value.Null) throw new EvalException(f.keyExpr().range(), "a for expression produced a null key");
            String key = Operators.str(k, f.keyExpr().range());
            Value v = eval(f.valueExpr(), inner);
            if (f.grouping()) {
                groups.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
            } else if (objectOut.putIfAbsent(key, v) != null) {
                throw new EvalException(f.keyExpr().range(), "duplicate key " + quote(key)
                        + " in for expression; add \"...\" after the value to group values by key");
            }
        }
        if (!f.objectResult()) return new Value.ListV(tupleOut);
        if (f.grouping()) {
            groups.forEach((k, vs) -> objectOut.put(k, new Value.ListV(vs)));
        }
        return new Value.Obj(objectOut);
    }

    /** Key/value pairs of a collection, maps in key order as Terraform iterates them. */
    static List<Map.Entry<Value, Value>> iterate(Value coll, Range at) {
        List<Map.Entry<Value, Value>> out = new ArrayList<>();
        if (coll instanceof Value.ListV l) {
            for (int i = 0; i < l.items().size(); i++) out.add(Map.entry(Value.of(i), l.items().get(i)));
        } else if (coll instanceof Value.Obj o) {
            new TreeMap<>(o.fields()).forEach((k, v) -> out.add(Map.entry(Value.of(k), v)));
        } else if (coll instanceof Value.Null) {
            throw new EvalException(at, "cannot iterate over a null value");
        } else {
            throw new EvalException(at, "cannot iterate over a " + coll.typeName() + "; a list, set, map or object is required");
        }
        return out;
    }

    // ---- functions ----

    private Value call(Expr.Call c, Scope s) {
        switch (c.name()) {
            case "try":
                return tryFunction(c, s);
            case "can":
                return canFunction(c, s);
            default:
                break;
        }
        TfFunction fn = s.module.context.function(c.name(), s.module);
        if (fn == null) {
            s.module.context.unsupportedFunction(c, s.file);
            return Value.unknown(UnknownReason.UNSUPPORTED_FUNCTION, c.name() + "()");
        }
        List<Value> args = new ArrayList<>(c.args().size());
        for (Expr a : c.args()) args.add(eval(a, s));
        if (c.expandFinal() && !args.isEmpty()) {
            Value last = args.remove(args.size() - 1);
            if (last instanceof Value.Unknown u) return u;
            if (!(last instanceof Value.ListV l)) {
                throw new EvalException(c.args().get(c.args().size() - 1).range(), "the argument before \"...\" must be a list or tuple");
            }
            args.addAll(l.items());
        }
        try {
            Value result = fn.call(args);
            if (c.name().equals("jsonencode") && !args.isEmpty() && !args.get(0).whollyKnown() && result instanceof Value.Unknown u) {
                s.module.context.rememberJsonSource(u, args.get(0));
            }
            return result;
        } catch (FunctionException ex) {
            String m = ex.getMessage();
            throw new EvalException(c.range(), m.startsWith(c.name() + ":") ? m : c.name() + ": " + m);
        } catch (EvaluationTooDeep ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new EvalException(c.range(), c.name() + "() failed: " + ex);
        }
    }

    private Value tryFunction(Expr.Call c, Scope s) {
        if (c.args().isEmpty()) throw new EvalException(c.range(), "try() needs at least one argument");
        EvalException last = null;
        for (Expr a : c.args()) {
            try {
                return eval(a, s);
            } catch (EvalException ex) {
                last = ex;
            }
        }
        throw new EvalException(c.range(), "no argument of try() could be evaluated; the last failed with: " + last.getMessage());
    }

    private Value canFunction(Expr.Call c, Scope s) {
        if (c.args().size() != 1) throw new EvalException(c.range(), "can() takes exactly one argument");
        try {
            Value v = eval(c.args().get(0), s);
            return v.whollyKnown() ? Value.TRUE : Operators.firstUnknown(v);
        } catch (EvalException ex) {
            return Value.FALSE;
        }
    }
}
