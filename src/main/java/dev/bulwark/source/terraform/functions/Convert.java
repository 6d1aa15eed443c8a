package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HCL's automatic conversions between primitive types, and Terraform's equality. Shared by the
 * functions and by the evaluator's operators so both print and compare numbers the same way.
 *
 * <p>Callers must deal with {@link Value.Unknown} first: the converting methods reject it with a
 * {@link FunctionException} rather than guess.
 */
public final class Convert {
    /** Terraform numbers carry 512 bits of mantissa, which is a little over 154 decimal digits. */
    public static final MathContext DIVISION = new MathContext(155, RoundingMode.HALF_EVEN);

    /** Beyond this decimal exponent, printing a number would take absurd space; Terraform is not that generous in practice. */
    static final int MAX_EXPONENT = 10_000;

    // Decimal syntax only: no hex, no underscores, no "Inf"/"NaN" (Terraform's number parser rejects them too).
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private Convert() {}

    /** A number or bool as Terraform prints it inside a string; strings unchanged. */
    public static String toStr(Value v) throws FunctionException {
        String s = stringOrNull(v);
        if (s == null) {
            throw new FunctionException("cannot convert " + describe(v) + " to string");
        }
        return s;
    }

    /** A number, or a string holding a decimal number such as "12" or "1.5e3". */
    public static BigDecimal toNumber(Value v) throws FunctionException {
        BigDecimal n = numberOrNull(v);
        if (n == null) {
            throw new FunctionException("cannot convert " + describe(v) + " to number");
        }
        return n;
    }

    /** A bool, or one of the strings "true", "false", "1", "0". */
    public static boolean toBool(Value v) throws FunctionException {
        Boolean b = boolOrNull(v);
        if (b == null) {
            String hint = "";
            if (v instanceof Value.Str s && (s.value().equalsIgnoreCase("true") || s.value().equalsIgnoreCase("false"))) {
                hint = "; use lowercase \"" + s.value().toLowerCase(java.util.Locale.ROOT) + "\"";
            }
            throw new FunctionException("cannot convert " + describe(v) + " to bool" + hint);
        }
        return b;
    }

    /**
     * Terraform's {@code ==} on known values: same type and same content, no conversion, so
     * {@code 1 == "1"} is false while {@code 1 == 1.0} is true. Always false when an unknown is
     * involved; use {@link #equalValue} for a three-valued answer.
     */
    public static boolean equal(Value a, Value b) {
        if (!a.whollyKnown() || !b.whollyKnown()) {
            return false;
        }
        return a.equals(b);
    }

    /** {@code ==} as a value: a bool, or an unknown when the answer depends on something unknown. */
    public static Value equalValue(Value a, Value b) {
        Value r = compare(a, b);
        return r instanceof Value.Unknown u && u != a && u != b ? derived(u) : r;
    }

    private static Value compare(Value a, Value b) {
        if (a instanceof Value.Unknown u) {
            return u;
        }
        if (b instanceof Value.Unknown u) {
            return u;
        }
        if (a.whollyKnown() && b.whollyKnown()) {
            return Value.of(a.equals(b));
        }
        // Different shapes are unequal whatever the unknown parts turn out to be.
        if (a instanceof Value.ListV la && b instanceof Value.ListV lb) {
            if (la.items().size() != lb.items().size()) {
                return Value.FALSE;
            }
            Value.Unknown pending = null;
            for (int i = 0; i < la.items().size(); i++) {
                Value r = compare(la.items().get(i), lb.items().get(i));
                if (r == Value.FALSE) {
                    return r;
                }
                if (r instanceof Value.Unknown u && pending == null) {
                    pending = u;
                }
            }
            return pending == null ? Value.TRUE : pending;
        }
        if (a instanceof Value.Obj oa && b instanceof Value.Obj ob) {
            if (!oa.fields().keySet().equals(ob.fields().keySet())) {
                return Value.FALSE;
            }
            Value.Unknown pending = null;
            for (Map.Entry<String, Value> e : oa.fields().entrySet()) {
                Value r = compare(e.getValue(), ob.get(e.getKey()));
                if (r == Value.FALSE) {
                    return r;
                }
                if (r instanceof Value.Unknown u && pending == null) {
                    pending = u;
                }
            }
            return pending == null ? Value.TRUE : pending;
        }
        if (a.getClass() != b.getClass()) {
            return Value.FALSE;
        }
        Value.Unknown u = firstUnknown(a);
        return u != null ? u : firstUnknown(b);
    }

    /** A number as Terraform prints it: plain decimal, no exponent, no trailing zeros (1.50 is "1.5", 1e3 is "1000"). */
    public static String formatNumber(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        return n.stripTrailingZeros().toPlainString();
    }

    /** Terraform's {@code /}; division by zero is an error here because Bulwark numbers cannot be infinite. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) throws FunctionException {
        if (b.signum() == 0) {
            throw new FunctionException("division by zero");
        }
        return a.divide(b, DIVISION);
    }

    /** Terraform's {@code %}: the remainder takes the sign of the dividend, so -5 % 3 is -2. */
    public static BigDecimal modulo(BigDecimal a, BigDecimal b) throws FunctionException {
        if (b.signum() == 0) {
            throw new FunctionException("modulo by zero");
        }
        return a.remainder(b, DIVISION);
    }

    /** Parses Terraform decimal number syntax, or returns null. */
    public static BigDecimal parseNumber(String s) {
        if (s.isEmpty() || s.length() > 4096 || !DECIMAL.matcher(s).matches()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(s);
            return tooLarge(n) ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first unknown inside {@code v} (depth first), or null when it is wholly known. */
    public static Value.Unknown firstUnknown(Value v) {
        if (v instanceof Value.Unknown u) {
            return u;
        }
        if (v.whollyKnown()) {
            return null;
        }
        Iterator<Value> children = v instanceof Value.ListV l ? l.items().iterator()
                : v instanceof Value.Obj o ? o.fields().values().iterator() : List.<Value>of().iterator();
        while (children.hasNext()) {
            Value.Unknown u = firstUnknown(children.next());
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    /** The type name used in messages, with short string contents quoted for context. */
    static String describe(Value v) {
        if (v instanceof Value.Str s) {
            String text = s.value();
            return text.length() <= 40 ? "string " + Json.quote(text) : "string";
        }
        return v.typeName();
    }

    static boolean tooLarge(BigDecimal n) {
        return n.signum() != 0 && Math.abs((long) n.precision() - n.scale() - 1) > MAX_EXPONENT;
    }

    static String stringOrNull(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Num n) {
            return formatNumber(n.value());
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? "true" : "false";
        }
        return null;
    }

    static BigDecimal numberOrNull(Value v) {
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Str s) {
            return parseNumber(s.value());
        }
        return null;
    }

    static Boolean boolOrNull(Value v) {
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Str s) {
            switch (s.value()) {
                case "true", "1":
                    return true;
                case "false", "0":
                    return false;
                default:
                    return null;
            }
        }
        return null;
    }

    static boolean isPrimitive(Value v) {
        return v instanceof Value.Str || v instanceof Value.Num || v instanceof Value.Bool;
    }

    /** A new unknown computed from {@code source}: same reason and detail, distinct identity. */
    static Value.Unknown derived(Value.Unknown source) {
        return new Value.Unknown(source.reason(), source.detail());
    }

    /** An unknown standing for a result Bulwark cannot compute before apply. */
    static Value.Unknown computed(String detail) {
        return Value.unknown(UnknownReason.COMPUTED, detail);
    }

    /** Collection elements converted to one type, as {@code tolist} does; a mix with no common type is an error. */
    public static List<Value> unifyElements(List<Value> items) throws FunctionException {
        return Sets.unifyElements(items);
    }

    /** Distinct elements in Terraform's set order, as {@code toset} gives them; the items must be wholly known. */
    public static List<Value> distinctInSetOrder(List<Value> items) throws FunctionException {
        return Sets.set(items);
    }
}
