package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/** Terraform's numeric functions. {@code pow} and {@code log} use 64-bit floats, as Terraform does. */
final class NumericFunctions {
    private NumericFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.of("abs", 1, a -> Value.of(a.number(0).abs())),
                Builtin.of("ceil", 1, a -> Value.of(a.number(0).setScale(0, RoundingMode.CEILING))),
                Builtin.of("floor", 1, a -> Value.of(a.number(0).setScale(0, RoundingMode.FLOOR))),
                Builtin.of("signum", 1, a -> Value.of(a.number(0).signum())),
                Builtin.variadic("max", 1, a -> {
                    BigDecimal best = a.number(0);
                    for (int i = 1; i < a.size(); i++) {
                        best = best.max(a.number(i));
                    }
                    return Value.of(best);
                }),
                Builtin.variadic("min", 1, a -> {
                    BigDecimal best = a.number(0);
                    for (int i = 1; i < a.size(); i++) {
                        best = best.min(a.number(i));
                    }
                    return Value.of(best);
                }),
                Builtin.of("pow", 2, a -> fromDouble(a, Math.pow(toDouble(a, 0), toDouble(a, 1)))),
                Builtin.of("log", 2, a -> fromDouble(a, StrictMath.log(toDouble(a, 0)) / StrictMath.log(toDouble(a, 1)))),
                Builtin.of("parseint", 2, NumericFunctions::parseint));
    }

    private static double toDouble(Args a, int i) throws FunctionException {
        double d = a.number(i).doubleValue();
        if (Double.isInfinite(d)) {
            throw a.argError(i, "is too large");
        }
        return d;
    }

    /** Terraform keeps a float result at float precision, so pow(2, 100) prints 1267650600228229400000000000000. */
    private static Value fromDouble(Args a, double d) throws FunctionException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw a.error("the result is not a finite number");
        }
        return Value.of(new BigDecimal(Double.toString(d)));
    }

    private static Value parseint(Args a) throws FunctionException {
        String s = a.string(0);
        int base;
        try {
            base = a.integer(1);
        } catch (FunctionException e) {
            base = 0;
        }
        if (base < 2 || base > 62) {
            throw a.argError(1, "must be a whole number between 2 and 62 inclusive");
        }
        BigInteger n = parseBigInteger(s, base);
        if (n == null) {
            throw a.error("cannot parse " + Json.quote(s) + " as a base " + base + " integer");
        }
        return Value.of(new BigDecimal(n));
    }

    /** Go's big.Int parsing for an explicit base: letters are case-blind up to base 36, then a-z before A-Z. */
    static BigInteger parseBigInteger(String s, int base) {
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i >= s.length() || s.length() > 4096) {
            return null;
        }
        BigInteger result = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(base);
        for (; i < s.length(); i++) {
            int d = digit(s.charAt(i), base);
            if (d < 0 || d >= base) {
                return null;
            }
            result = result.multiply(radix).add(BigInteger.valueOf(d));
        }
        return negative ? result.negate() : result;
    }

    private static int digit(char c, int base) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
        }
        return -1;
    }
}
