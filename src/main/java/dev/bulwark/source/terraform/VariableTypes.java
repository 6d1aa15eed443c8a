package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.terraform.functions.Convert;
import dev.bulwark.source.terraform.functions.FunctionException;

/**
 * Converts a variable's value to its declared primitive type ({@code string}, {@code number},
 * {@code bool}), as Terraform does for values given on the command line or in the environment.
 * Collection and object types are left as given.
 */
final class VariableTypes {
    private VariableTypes() {}

    static Value convert(Value v, Attribute type, String name, String file, Diagnostics diagnostics) {
        if (type == null || !v.whollyKnown() || v instanceof Value.Null) return v;
        String primitive = primitive(type.expr());
        if (primitive == null) return v;
        try {
            return switch (primitive) {
                case "string" -> v instanceof Value.Str ? v : Value.of(Convert.toStr(v));
                case "number" -> v instanceof Value.Num ? v : Value.of(Convert.toNumber(v));
                case "bool" -> v instanceof Value.Bool ? v : Value.of(Convert.toBool(v));
                default -> v;
            };
        } catch (FunctionException e) {
            diagnostics.error(file, type.expr().range(), "the value of variable \"" + name + "\" is not a valid " + primitive + ": " + e.getMessage());
            return Value.unknown(dev.bulwark.model.UnknownReason.EVALUATION_ERROR, "var." + name + " is not a valid " + primitive);
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
