package dev.bulwark.source.terraform.types;

import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a {@code type} argument, which is an expression in a small language of its own:
 * {@code string}, {@code list(object({ a = optional(bool, true) }))}, {@code tuple([string, number])}.
 */
public final class TypeExpressions {
    private final Function<Expr, Value> constants;

    private TypeExpressions(Function<Expr, Value> constants) {
        this.constants = constants;
    }

    /** The type an expression names; {@code constants} evaluates the defaults of {@code optional(T, default)}. */
    public static TypeConstraint parse(Expr e, Function<Expr, Value> constants) throws TypeExpressionException {
        return new TypeExpressions(constants).type(e, false);
    }

    private TypeConstraint type(Expr e, boolean inObject) throws TypeExpressionException {
        if (e instanceof Expr.Parens p) return type(p.inner(), inObject);
        if (e instanceof Expr.Variable v) {
            return switch (v.name()) {
                case "string" -> TypeConstraint.STRING;
                case "number" -> TypeConstraint.NUMBER;
                case "bool" -> TypeConstraint.BOOL;
                case "any" -> TypeConstraint.ANY;
                case "list", "set", "map" -> throw new TypeExpressionException(e.range(),
                        "\"" + v.name() + "\" needs an element type, e.g. " + v.name() + "(string)");
                default -> throw new TypeExpressionException(e.range(), "\"" + v.name() + "\" is not a type; "
                        + "use string, number, bool, any, list(T), set(T), map(T), tuple([...]) or object({...})");
            };
        }
        if (e instanceof Expr.Call c) {
            switch (c.name()) {
                case "list", "set", "map" -> {
                    TypeConstraint element = type(single(c), false);
                    return switch (c.name()) {
                        case "list" -> new TypeConstraint.ListOf(element);
                        case "set" -> new TypeConstraint.SetOf(element);
                        default -> new TypeConstraint.MapOf(element);
                    };
                }
                case "tuple" -> {
                    if (!(single(c) instanceof Expr.Tuple t)) {
                        throw new TypeExpressionException(c.range(), "tuple needs a list of element types, e.g. tuple([string, number])");
                    }
                    List<TypeConstraint> elements = new ArrayList<>();
                    for (Expr item : t.items()) elements.add(type(item, false));
                    return new TypeConstraint.TupleOf(elements);
                }
                case "object" -> {
                    return object(c);
                }
                case "optional" -> throw new TypeExpressionException(c.range(), "optional(...) is only allowed for an attribute of an object type");
                default -> throw new TypeExpressionException(c.range(), "\"" + c.name() + "(...)\" is not a type constructor; "
                        + "use list, set, map, tuple or object");
            }
        }
        throw new TypeExpressionException(e.range(), "this is not a type expression; "
                + "use string, number, bool, any, list(T), set(T), map(T), tuple([...]) or object({...})");
    }

    private TypeConstraint object(Expr.Call c) throws TypeExpressionException {
        if (!(single(c) instanceof Expr.ObjectCons o)) {
            throw new TypeExpressionException(c.range(), "object needs attribute types in braces, e.g. object({ name = string })");
        }
        Map<String, TypeConstraint.Attribute> attributes = new LinkedHashMap<>();
        for (Expr.ObjectItem item : o.items()) {
            String name = attributeName(item.key());
            if (name == null) throw new TypeExpressionException(item.key().range(), "an object type's attribute names must be plain names");
            if (attributes.containsKey(name)) throw new TypeExpressionException(item.key().range(), "attribute \"" + name + "\" is declared twice");
            attributes.put(name, attribute(item.value()));
        }
        return new TypeConstraint.ObjectOf(attributes);
    }

    private TypeConstraint.Attribute attribute(Expr e) throws TypeExpressionException {
        if (!(e instanceof Expr.Call c && c.name().equals("optional"))) return TypeConstraint.Attribute.required(type(e, true));
        if (c.args().isEmpty() || c.args().size() > 2) {
            throw new TypeExpressionException(c.range(), "optional takes a type and, optionally, a default value: optional(T) or optional(T, default)");
        }
        TypeConstraint t = type(c.args().get(0), true);
        if (c.args().size() == 1) return new TypeConstraint.Attribute(t, true, Value.NULL);
        Value dflt = constants.apply(c.args().get(1));
        try {
            // The default is itself converted, so its own optional attributes get their defaults.
            dflt = TypeConversion.convert(dflt, t, "default");
        } catch (TypeMismatch m) {
            throw new TypeExpressionException(c.args().get(1).range(), "the default is not a valid " + t + ": " + m.getMessage());
        }
        return new TypeConstraint.Attribute(t, true, dflt);
    }

    private static String attributeName(Expr key) {
        if (key instanceof Expr.Variable v) return v.name();
        if (key instanceof Expr.Template t) return t.literalText();
        return null;
    }

    private static Expr single(Expr.Call c) throws TypeExpressionException {
        if (c.args().size() != 1) throw new TypeExpressionException(c.range(), c.name() + "(...) takes exactly one argument");
        return c.args().get(0);
    }
}
