package dev.bulwark.source.terraform.types;

import dev.bulwark.model.Value;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random types with values that Terraform accepts for them (primitives written as strings,
 * optional attributes left out, extra attributes added): the converted value has exactly the
 * declared shape, converting it again changes nothing, and absent optional attributes hold their
 * defaults at every depth.
 */
class TypeConversionPropertiesTest {
    @Property(tries = 400)
    void convertedValuesConformToTheType(@ForAll long seed) throws TypeMismatch {
        Random r = new Random(seed);
        TypeConstraint type = type(r, 3);
        Value converted = TypeConversion.convert(value(r, type, 3), type, "var.v");
        assertThat(conforms(converted, type)).as("%s as %s", converted, type).isTrue();
    }

    @Property(tries = 400)
    void convertingAConformingValueIsIdentity(@ForAll long seed) throws TypeMismatch {
        Random r = new Random(seed);
        TypeConstraint type = type(r, 3);
        Value once = TypeConversion.convert(value(r, type, 3), type, "var.v");
        assertThat(TypeConversion.convert(once, type, "var.v")).isEqualTo(once);
    }

    @Property(tries = 400)
    void absentOptionalAttributesHoldTheirDefaultsAtEveryDepth(@ForAll long seed) throws TypeMismatch {
        Random r = new Random(seed);
        TypeConstraint type = type(r, 3);
        Value given = value(r, type, 3);
        assertDefaultsFilled(given, TypeConversion.convert(given, type, "var.v"), type);
    }

    @Property(tries = 200)
    void aValueOfTheWrongKindIsAMismatchNamingThePath(@ForAll long seed) {
        Random r = new Random(seed);
        TypeConstraint picked = type(r, 2);
        TypeConstraint element = picked instanceof TypeConstraint.Any ? TypeConstraint.STRING : picked; // any accepts every value
        TypeConstraint type = new TypeConstraint.MapOf(new TypeConstraint.ObjectOf(Map.of("x", TypeConstraint.Attribute.required(element))));
        Value wrong = wrongKind(element);
        Value given = new Value.Obj(Map.of("k", new Value.Obj(Map.of("x", wrong))));
        try {
            TypeConversion.convert(given, type, "var.v");
            throw new AssertionError("converted " + given + " to " + type);
        } catch (TypeMismatch m) {
            assertThat(m.path).startsWith("var.v[\"k\"].x");
        }
    }

    // ---- generators ----

    private static TypeConstraint type(Random r, int depth) {
        int pick = r.nextInt(depth <= 0 ? 4 : 10);
        switch (pick) {
            case 0: return TypeConstraint.STRING;
            case 1: return TypeConstraint.NUMBER;
            case 2: return TypeConstraint.BOOL;
            case 3: return TypeConstraint.ANY;
            case 4: return new TypeConstraint.ListOf(type(r, depth - 1));
            case 5: return new TypeConstraint.SetOf(primitiveType(r));
            case 6: return new TypeConstraint.MapOf(type(r, depth - 1));
            case 7: {
                List<TypeConstraint> elements = new ArrayList<>();
                for (int i = r.nextInt(3); i >= 0; i--) elements.add(type(r, depth - 1));
                return new TypeConstraint.TupleOf(elements);
            }
            default: {
                Map<String, TypeConstraint.Attribute> attributes = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i >= 0; i--) {
                    TypeConstraint t = type(r, depth - 1);
                    int kind = r.nextInt(3);
                    attributes.put("a" + i, kind == 0 ? TypeConstraint.Attribute.required(t)
                            : new TypeConstraint.Attribute(t, true, kind == 1 ? Value.NULL : defaultFor(r, t, depth - 1)));
                }
                return new TypeConstraint.ObjectOf(attributes);
            }
        }
    }

    private static TypeConstraint primitiveType(Random r) {
        return List.of(TypeConstraint.STRING, TypeConstraint.NUMBER, TypeConstraint.BOOL).get(r.nextInt(3));
    }

    /** A default as the type parser keeps it: already converted to the attribute's type. */
    private static Value defaultFor(Random r, TypeConstraint t, int depth) {
        try {
            return TypeConversion.convert(value(r, t, depth), t, "default");
        } catch (TypeMismatch m) {
            throw new AssertionError(m);
        }
    }

    /** A value Terraform accepts for the type, in any of the forms that convert to it. */
    private static Value value(Random r, TypeConstraint type, int depth) {
        if (type instanceof TypeConstraint.Primitive p) {
            int n = r.nextInt(100);
            return switch (p.name()) {
                case "string" -> r.nextBoolean() ? Value.of("s" + n) : r.nextBoolean() ? Value.of(n) : Value.of(n % 2 == 0);
                case "number" -> r.nextBoolean() ? Value.of(BigDecimal.valueOf(n, r.nextInt(3))) : Value.of(Integer.toString(n));
                default -> r.nextBoolean() ? Value.of(n % 2 == 0) : Value.of(n % 2 == 0 ? "true" : "false");
            };
        }
        if (type instanceof TypeConstraint.Any) return value(r, primitiveType(r), depth);
        if (type instanceof TypeConstraint.ListOf l) return list(r, l.element(), depth);
        if (type instanceof TypeConstraint.SetOf s) return list(r, s.element(), depth);
        if (type instanceof TypeConstraint.TupleOf t) {
            List<Value> items = new ArrayList<>();
            for (TypeConstraint e : t.elements()) items.add(value(r, e, depth - 1));
            return new Value.ListV(items);
        }
        if (type instanceof TypeConstraint.MapOf m) {
            Map<String, Value> fields = new LinkedHashMap<>();
            for (int i = r.nextInt(3); i > 0; i--) fields.put("k" + i, value(r, m.element(), depth - 1));
            return new Value.Obj(fields);
        }
        TypeConstraint.ObjectOf o = (TypeConstraint.ObjectOf) type;
        Map<String, Value> fields = new LinkedHashMap<>();
        o.attributes().forEach((name, a) -> {
            if (!a.optional() || r.nextInt(3) == 0) fields.put(name, value(r, a.type(), depth - 1));
            else if (r.nextInt(4) == 0) fields.put(name, Value.NULL);
        });
        if (r.nextBoolean()) fields.put("extra", Value.of("dropped"));
        return new Value.Obj(fields);
    }

    private static Value list(Random r, TypeConstraint element, int depth) {
        List<Value> items = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) items.add(value(r, element, depth - 1));
        return new Value.ListV(items);
    }

    private static Value wrongKind(TypeConstraint t) {
        if (t instanceof TypeConstraint.Primitive p) return p.name().equals("string") ? Value.ListV.EMPTY : Value.of("not-" + p.name());
        if (t instanceof TypeConstraint.MapOf || t instanceof TypeConstraint.ObjectOf) return Value.of("text");
        return Value.of(true);
    }

    // ---- what the result must look like ----

    private static boolean conforms(Value v, TypeConstraint type) {
        if (v instanceof Value.Null) return true;
        if (type instanceof TypeConstraint.Primitive p) return v.typeName().equals(p.name());
        if (type instanceof TypeConstraint.Any) return true;
        if (type instanceof TypeConstraint.ListOf l) return v instanceof Value.ListV lv && lv.items().stream().allMatch(i -> conforms(i, l.element()));
        if (type instanceof TypeConstraint.SetOf s) {
            return v instanceof Value.ListV lv && new HashSet<>(lv.items()).size() == lv.items().size()
                    && lv.items().stream().allMatch(i -> conforms(i, s.element()));
        }
        if (type instanceof TypeConstraint.TupleOf t) {
            if (!(v instanceof Value.ListV lv) || lv.items().size() != t.elements().size()) return false;
            for (int i = 0; i < t.elements().size(); i++) if (!conforms(lv.items().get(i), t.elements().get(i))) return false;
            return true;
        }
        if (type instanceof TypeConstraint.MapOf m) return v instanceof Value.Obj o && o.fields().values().stream().allMatch(i -> conforms(i, m.element()));
        TypeConstraint.ObjectOf o = (TypeConstraint.ObjectOf) type;
        if (!(v instanceof Value.Obj obj) || !obj.fields().keySet().equals(o.attributes().keySet())) return false;
        return o.attributes().entrySet().stream().allMatch(e -> conforms(obj.get(e.getKey()), e.getValue().type()));
    }

    private static void assertDefaultsFilled(Value given, Value converted, TypeConstraint type) {
        if (given instanceof Value.Null) return;
        if (type instanceof TypeConstraint.ObjectOf o) {
            Value.Obj g = (Value.Obj) given;
            Value.Obj c = (Value.Obj) converted;
            o.attributes().forEach((name, a) -> {
                Value gv = g.get(name);
                if (a.optional() && (gv == null || gv instanceof Value.Null)) assertThat(c.get(name)).isEqualTo(a.dflt());
                else assertDefaultsFilled(gv, c.get(name), a.type());
            });
        } else if (type instanceof TypeConstraint.MapOf m) {
            ((Value.Obj) given).fields().forEach((k, gv) -> assertDefaultsFilled(gv, ((Value.Obj) converted).get(k), m.element()));
        } else if (type instanceof TypeConstraint.ListOf l) {
            List<Value> gi = ((Value.ListV) given).items();
            for (int i = 0; i < gi.size(); i++) assertDefaultsFilled(gi.get(i), ((Value.ListV) converted).items().get(i), l.element());
        } else if (type instanceof TypeConstraint.TupleOf t) {
            List<Value> gi = ((Value.ListV) given).items();
            for (int i = 0; i < gi.size(); i++) assertDefaultsFilled(gi.get(i), ((Value.ListV) converted).items().get(i), t.elements().get(i));
        }
    }
}
