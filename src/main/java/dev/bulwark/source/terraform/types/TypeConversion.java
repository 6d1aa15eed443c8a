package dev.bulwark.source.terraform.types;

import dev.bulwark.model.Value;
import dev.bulwark.source.terraform.functions.Convert;
import dev.bulwark.source.terraform.functions.FunctionException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a value to a declared type by Terraform's rules: primitives convert between string,
 * number and bool where the text allows; lists, sets and tuples convert into each other element by
 * element; maps and objects likewise by key. Converting to an object keeps only the declared
 * attributes, and an absent or null optional attribute takes its default. Null converts to null of
 * any type, and an unknown stays unknown: what it will be is not guessed.
 */
public final class TypeConversion {
    private TypeConversion() {}

    /** The value converted to {@code type}; {@code path} names the value in messages, e.g. {@code var.buckets}. */
    public static Value convert(Value v, TypeConstraint type, String path) throws TypeMismatch {
        if (v instanceof Value.Null || v instanceof Value.Unknown) return v;
        if (type instanceof TypeConstraint.Primitive p) return primitive(v, p, path);
        if (type instanceof TypeConstraint.ListOf l) return new Value.ListV(elements(v, l.element(), path, type));
        if (type instanceof TypeConstraint.SetOf s) return set(elements(v, s.element(), path, type), path, type);
        if (type instanceof TypeConstraint.TupleOf t) return tuple(v, t, path);
        if (type instanceof TypeConstraint.MapOf m) return map(v, m, path);
        if (type instanceof TypeConstraint.ObjectOf o) return object(v, o, path);
        return v; // any
    }

    private static Value primitive(Value v, TypeConstraint.Primitive p, String path) throws TypeMismatch {
        try {
            return switch (p.name()) {
                case "string" -> v instanceof Value.Str ? v : Value.of(Convert.toStr(v));
                case "number" -> v instanceof Value.Num ? v : Value.of(Convert.toNumber(v));
                default -> v instanceof Value.Bool ? v : Value.of(Convert.toBool(v));
            };
        } catch (FunctionException e) {
            throw mismatch(path, p, v);
        }
    }

    private static List<Value> elements(Value v, TypeConstraint element, String path, TypeConstraint whole) throws TypeMismatch {
        if (!(v instanceof Value.ListV l)) throw mismatch(path, whole, v);
        List<Value> out = new ArrayList<>(l.items().size());
        for (int i = 0; i < l.items().size(); i++) out.add(convert(l.items().get(i), element, path + "[" + i + "]"));
        return element instanceof TypeConstraint.Any ? unified(out, path, whole) : out;
    }

    /** Elements of a collection of {@code any} share one type: a mix of primitives becomes strings. */
    private static List<Value> unified(List<Value> items, String path, TypeConstraint whole) throws TypeMismatch {
        try {
            return Convert.unifyElements(items);
        } catch (FunctionException e) {
            throw new TypeMismatch(path, whole.toString(), "a collection whose " + e.getMessage());
        }
    }

    private static Value set(List<Value> items, String path, TypeConstraint type) throws TypeMismatch {
        if (!new Value.ListV(items).whollyKnown()) return new Value.ListV(items); // which elements are equal is not known yet
        try {
            return new Value.ListV(Convert.distinctInSetOrder(items));
        } catch (FunctionException e) {
            throw new TypeMismatch(path, type.toString(), "a collection whose " + e.getMessage());
        }
    }

    private static Value tuple(Value v, TypeConstraint.TupleOf t, String path) throws TypeMismatch {
        if (!(v instanceof Value.ListV l) || l.items().size() != t.elements().size()) throw mismatch(path, t, v);
        List<Value> out = new ArrayList<>(l.items().size());
        for (int i = 0; i < l.items().size(); i++) out.add(convert(l.items().get(i), t.elements().get(i), path + "[" + i + "]"));
        return new Value.ListV(out);
    }

    private static Value map(Value v, TypeConstraint.MapOf m, String path) throws TypeMismatch {
        if (!(v instanceof Value.Obj o)) throw mismatch(path, m, v);
        Map<String, Value> out = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : o.fields().entrySet()) {
            out.put(e.getKey(), convert(e.getValue(), m.element(), path + "[" + quote(e.getKey()) + "]"));
        }
        if (m.element() instanceof TypeConstraint.Any) {
            List<Value> unified = unified(new ArrayList<>(out.values()), path, m);
            int i = 0;
            for (Map.Entry<String, Value> e : out.entrySet()) e.setValue(unified.get(i++));
        }
        return new Value.Obj(out);
    }

    private static Value object(Value v, TypeConstraint.ObjectOf o, String path) throws TypeMismatch {
        if (!(v instanceof Value.Obj given)) throw mismatch(path, o, v);
        Map<String, Value> out = new LinkedHashMap<>();
        for (Map.Entry<String, TypeConstraint.Attribute> e : o.attributes().entrySet()) {
            String name = e.getKey();
            TypeConstraint.Attribute a = e.getValue();
            Value field = given.get(name);
            String at = path + "." + name;
            if (field == null && !a.optional()) {
                throw new TypeMismatch(at, "attribute \"" + name + "\" (" + a.type() + ")", "an object without it");
            }
            if (field == null || (field instanceof Value.Null && a.optional())) {
                out.put(name, a.dflt());
            } else {
                out.put(name, convert(field, a.type(), at));
            }
        }
        return new Value.Obj(out);
    }

    private static TypeMismatch mismatch(String path, TypeConstraint expected, Value given) {
        return new TypeMismatch(path, expected.toString(), describe(given));
    }

    /** The given value's type as Terraform would name it, with short strings quoted for context. */
    static String describe(Value v) {
        if (v instanceof Value.Str s) return s.value().length() <= 40 ? "string \"" + s.value() + "\"" : "string";
        if (v instanceof Value.ListV l) return "a list of " + l.items().size() + (l.items().size() == 1 ? " element" : " elements");
        if (v instanceof Value.Obj o) {
            return o.fields().isEmpty() ? "an empty object" : "an object with attributes " + String.join(", ", o.fields().keySet());
        }
        return v.typeName();
    }

    private static String quote(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
