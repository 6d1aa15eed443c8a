package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Expr.BinaryOp;
import dev.bulwark.source.hcl.Range;
import dev.bulwark.source.terraform.functions.Convert;
import dev.bulwark.source.terraform.functions.FunctionException;

import java.math.BigDecimal;
import java.math.MathContext;

/** HCL's arithmetic, comparison, equality and logic operators over known and unknown values. */
final class Operators {
    private Operators() {}

    static Value binary(BinaryOp op, Value lhs, Value rhs, Range at) {
        switch (op) {
            case AND:
                if (isFalse(lhs) || isFalse(rhs)) return Value.FALSE;
                break;
            case OR:
                if (isTrue(lhs) || isTrue(rhs)) return Value.TRUE;
                break;
            default:
                break;
        }
        if (lhs instanceof Value.Unknown u) return u;
        if (rhs instanceof Value.Unknown u) return u;
        try {
            return switch (op) {
                case EQ -> equality(lhs, rhs, true);
                case NE -> equality(lhs, rhs, false);
                case AND -> Value.of(bool(lhs, at) && bool(rhs, at));
                case OR -> Value.of(bool(lhs, at) || bool(rhs, at));
                case LT -> Value.of(num(lhs, at).compareTo(num(rhs, at)) < 0);
                case LE -> Value.of(num(lhs, at).compareTo(num(rhs, at)) <= 0);
                case GT -> Value.of(num(lhs, at).compareTo(num(rhs, at)) > 0);
                case GE -> Value.of(num(lhs, at).compareTo(num(rhs, at)) >= 0);
                case ADD -> Value.of(num(lhs, at).add(num(rhs, at)));
                case SUB -> Value.of(num(lhs, at).subtract(num(rhs, at)));
                case MUL -> Value.of(num(lhs, at).multiply(num(rhs, at)));
                case DIV -> Value.of(divide(num(lhs, at), num(rhs, at), at));
                case MOD -> Value.of(modulo(num(lhs, at), num(rhs, at), at));
            };
        } catch (ArithmeticException e) {
            throw new EvalException(at, "arithmetic error: " + e.getMessage());
        }
    }

    static Value negate(Value v, Range at) {
        if (v instanceof Value.Unknown) return v;
        return Value.of(num(v, at).negate());
    }

    static Value not(Value v, Range at) {
        if (v instanceof Value.Unknown) return v;
        return Value.of(!bool(v, at));
    }

    private static Value equality(Value lhs, Value rhs, boolean wantEqual) {
        if (!lhs.whollyKnown()) return firstUnknown(lhs);
        if (!rhs.whollyKnown()) return firstUnknown(rhs);
        return Value.of(Convert.equal(lhs, rhs) == wantEqual);
    }

    /** The first unknown found inside a partly known value, so its reason is kept. */
    static Value.Unknown firstUnknown(Value v) {
        if (v instanceof Value.Unknown u) return u;
        if (v instanceof Value.ListV l) {
            for (Value item : l.items()) {
                if (!item.whollyKnown()) return firstUnknown(item);
            }
        }
        if (v instanceof Value.Obj o) {
            for (Value item : o.fields().values()) {
                if (!item.whollyKnown()) return firstUnknown(item);
            }
        }
        throw new IllegalStateException("value is wholly known");
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b, Range at) {
        if (b.signum() == 0) throw new EvalException(at, "division by zero");
        return a.divide(b, MathContext.DECIMAL128).stripTrailingZeros();
    }

    private static BigDecimal modulo(BigDecimal a, BigDecimal b, Range at) {
        if (b.signum() == 0) throw new EvalException(at, "modulo by zero");
        return a.remainder(b);
    }

    private static boolean isFalse(Value v) {
        return v instanceof Value.Bool b && !b.value();
    }

    private static boolean isTrue(Value v) {
        return v instanceof Value.Bool b && b.value();
    }

    static BigDecimal num(Value v, Range at) {
        try {
            return Convert.toNumber(v);
        } catch (FunctionException e) {
            throw new EvalException(at, "a number is required here: " + e.getMessage());
        }
    }

    static boolean bool(Value v, Range at) {
        try {
            return Convert.toBool(v);
        } catch (FunctionException e) {
            throw new EvalException(at, "a bool is required here: " + e.getMessage());
        }
    }

    static String str(Value v, Range at) {
        try {
            return Convert.toStr(v);
        } catch (FunctionException e) {
            throw new EvalException(at, "a string is required here: " + e.getMessage());
        }
    }
}
