package dev.bulwark.source.terraform;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.terraform.types.TypeConstraint;
import dev.bulwark.source.terraform.types.TypeConversion;
import dev.bulwark.source.terraform.types.TypeExpressionException;
import dev.bulwark.source.terraform.types.TypeExpressions;
import dev.bulwark.source.terraform.types.TypeMismatch;

import java.util.function.Function;

/**
 * Converts a variable's value to its declared type as Terraform does for root variables and module
 * inputs. A value that does not convert is reported at the declaration and becomes unknown.
 */
final class VariableTypes {
    private VariableTypes() {}

    /** The declared type; {@code any} when there is none or it cannot be read (reported). */
    static TypeConstraint declared(Located<Block> decl, Function<Expr, Value> constants, Diagnostics diagnostics) {
        Attribute type = decl.node().body().attribute("type");
        if (type == null) return TypeConstraint.ANY;
        try {
            return TypeExpressions.parse(type.expr(), constants);
        } catch (TypeExpressionException e) {
            diagnostics.error(decl.file(), e.range, "invalid type for variable \"" + decl.node().labels().get(0) + "\": " + e.getMessage());
            return TypeConstraint.ANY;
        }
    }

    /**
     * The value converted to {@code type}. {@code where} names the module instance for messages,
     * empty for the root module.
     */
    static Value convert(Value v, TypeConstraint type, Located<Block> decl, String where, Diagnostics diagnostics) {
        String name = decl.node().labels().get(0);
        try {
            return TypeConversion.convert(v, type, "var." + name);
        } catch (TypeMismatch m) {
            Attribute typeAttr = decl.node().body().attribute("type");
            diagnostics.error(decl.file(), typeAttr != null ? typeAttr.range() : decl.node().typeRange(),
                    "invalid value for variable \"" + name + "\"" + (where.isEmpty() ? "" : " of " + where) + ": " + m.getMessage());
            return Value.unknown(UnknownReason.EVALUATION_ERROR, "var." + name + " is not a valid " + type);
        }
    }

    /** "string", "number" or "bool" when the type expression names one; null otherwise. */
    static String primitive(Expr type) {
        if (type instanceof Expr.Variable v && (v.name().equals("string") || v.name().equals("number") || v.name().equals("bool"))) {
            return v.name();
        }
        return null;
    }

    /** Command-line and environment values are taken literally for string (or untyped) variables. */
    static boolean takesRawString(Attribute type) {
        return type == null || "string".equals(primitive(type.expr()));
    }
}
