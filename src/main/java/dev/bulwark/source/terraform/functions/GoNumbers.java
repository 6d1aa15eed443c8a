package dev.bulwark.source.terraform.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Go's decimal renderings of numbers that {@code format} exposes: {@code %e}, {@code %f},
 * {@code %g} and the shortest {@code %v} form (which switches to an exponent from 1e+06 on).
 */
final class GoNumbers {
    private GoNumbers() {}

    /** {@code %v}: the shortest exact digits, in exponent form when the decimal exponent is below -4 or 6 and above (1e+06). */
    static String shortestG(BigDecimal n) {
        return g(n, -1, false);
    }

    /** {@code %e} with {@code prec} digits after the point (6 when absent). */
    static String e(BigDecimal n, int prec, boolean upper) {
        BigDecimal abs = n.abs();
        String body;
        if (abs.signum() == 0) {
            body = "0" + (prec > 0 ? "." + "0".repeat(prec) : "") + "e+00";
        } else {
            BigDecimal rounded = abs.round(new java.math.MathContext(prec + 1, RoundingMode.HALF_EVEN));
            body = scientific(digitsOf(rounded, prec + 1), exponentOf(rounded), prec);
        }
        return sign(n) + (upper ? body.toUpperCase(java.util.Locale.ROOT) : body);
    }

    /** {@code %f} with {@code prec} digits after the point. */
    static String f(BigDecimal n, int prec) {
        BigDecimal rounded = n.abs().setScale(prec, RoundingMode.HALF_EVEN);
        return sign(n) + rounded.toPlainString();
    }

    /** {@code %g}: {@code prec} significant digits, or the shortest exact form when prec is negative. */
    static String g(BigDecimal n, int prec, boolean upper) {
        BigDecimal abs = n.abs();
        if (abs.signum() == 0) {
            return sign(n) + "0";
        }
        boolean shortest = prec < 0;
        BigDecimal value = shortest ? abs.stripTrailingZeros()
                : abs.round(new java.math.MathContext(prec == 0 ? 1 : prec, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String digits = value.unscaledValue().toString();
        int exp = exponentOf(value); // position of the first digit, as in d.ddd × 10^exp
        int eprec = shortest ? 6 : (prec == 0 ? 1 : prec);
        if (!shortest && eprec > digits.length() && digits.length() >= exp + 1) {
            eprec = digits.length();
        }
        String body;
        if (exp < -4 || exp >= eprec) {
            body = scientific(digits, exp, digits.length() - 1);
            if (upper) {
                body = body.toUpperCase(java.util.Locale.ROOT);
            }
        } else {
            body = value.toPlainString();
        }
        return sign(n) + body;
    }

    /** An integer in base 2, 8, 10 or 16, as {@code %b %o %d %x} print it (sign handled by the caller). */
    static String integer(BigInteger n, int radix, boolean upper) {
        String s = n.abs().toString(radix);
        return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    private static String sign(BigDecimal n) {
        return n.signum() < 0 ? "-" : "";
    }

    private static int exponentOf(BigDecimal v) {
        return v.precision() - v.scale() - 1;
    }

    private static String digitsOf(BigDecimal v, int count) {
        String digits = v.unscaledValue().abs().toString();
        if (digits.length() < count) {
            digits = digits + "0".repeat(count - digits.length());
        }
        return digits.substring(0, count);
    }

    private static String scientific(String digits, int exp, int fractionDigits) {
        StringBuilder b = new StringBuilder();
        b.append(digits.charAt(0));
        if (fractionDigits > 0) {
            String frac = digits.substring(1);
            if (frac.length() < fractionDigits) {
                frac = frac + "0".repeat(fractionDigits - frac.length());
            }
            b.append('.').append(frac, 0, fractionDigits);
        }
        b.append('e').append(exp < 0 ? '-' : '+');
        int absExp = Math.abs(exp);
        if (absExp < 10) {
            b.append('0');
        }
        b.append(absExp);
        return b.toString();
    }
}
