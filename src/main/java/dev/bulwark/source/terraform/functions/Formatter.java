package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The {@code format} mini-language: {@code %[flags][[n]][width][.precision]verb} with the verbs
 * {@code v t b d o x X e E f g G s q} and {@code %%}, as Terraform documents them.
 */
final class Formatter {
    private final Args args;
    private final String format;
    private final List<Value> values;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int nextArg = 1;

    private Formatter(Args args, String format, List<Value> values) {
        this.args = args;
        this.format = format;
        this.values = values;
    }

    /** Formats {@code values}, which must be wholly known. */
    static String format(Args args, String format, List<Value> values) throws FunctionException {
        return new Formatter(args, format, values).run();
    }

    private static final class Verb {
        int start;
        boolean sharp;
        boolean zero;
        boolean minus;
        boolean plus;
        boolean space;
        int width = -1;
        int precision = -1;
        int argNum;
        char mode;
        String raw;
    }

    private String run() throws FunctionException {
        while (pos < format.length()) {
            char c = format.charAt(pos);
            if (c != '%') {
                out.append(c);
                pos++;
            } else if (format.startsWith("%%", pos)) {
                out.append('%');
                pos += 2;
            } else {
                verb();
            }
        }
        return out.toString();
    }

    private void verb() throws FunctionException {
        Verb v = new Verb();
        v.start = pos;
        pos++;
        flags:
        while (pos < format.length()) {
            switch (format.charAt(pos)) {
                case '#' -> v.sharp = true;
                case '0' -> v.zero = true;
                case '-' -> v.minus = true;
                case '+' -> v.plus = true;
                case ' ' -> v.space = true;
                default -> {
                    break flags;
                }
            }
            pos++;
        }
        v.argNum = nextArg;
        if (pos < format.length() && format.charAt(pos) == '[') {
            int close = format.indexOf(']', pos);
            String digits = close < 0 ? "" : format.substring(pos + 1, close);
            if (!digits.matches("[1-9][0-9]{0,5}")) {
                throw args.error("invalid argument index in format string at offset " + v.start);
            }
            v.argNum = Integer.parseInt(digits);
            pos = close + 1;
        }
        v.width = digits();
        if (pos < format.length() && format.charAt(pos) == '.') {
            pos++;
            int p = digits();
            v.precision = p < 0 ? 0 : p;
        }
        if (pos >= format.length()) {
            throw args.error("invalid format string: unfinished verb at offset " + v.start);
        }
        v.mode = format.charAt(pos);
        pos++;
        v.raw = format.substring(v.start, pos);
        if (!Character.isLetter(v.mode) || v.mode > 'z') {
            throw args.error("unrecognized format character " + Json.quote(String.valueOf(v.mode)) + " at offset " + (pos - 1));
        }
        if (v.argNum > values.size()) {
            throw args.error("not enough arguments for " + Json.quote(v.raw) + " at offset " + v.start
                    + ": need argument " + v.argNum + " but have " + values.size());
        }
        nextArg = v.argNum + 1;
        append(v, values.get(v.argNum - 1));
    }

    private int digits() {
        int start = pos;
        while (pos < format.length() && Character.isDigit(format.charAt(pos)) && format.charAt(pos) < 0x80 && pos - start < 6) {
            pos++;
        }
        return pos == start ? -1 : Integer.parseInt(format.substring(start, pos));
    }

    private void append(Verb v, Value arg) throws FunctionException {
        if (v.mode != 'v' && arg instanceof Value.Null) {
            throw unsupported(v, "null value cannot be formatted");
        }
        switch (v.mode) {
            case 'v' -> asIs(v, arg);
            case 't' -> {
                Boolean b = Convert.boolOrNull(arg);
                if (b == null) {
                    throw unsupported(v, "a bool is required, got " + Convert.describe(arg));
                }
                out.append(pad(v, b ? "true" : "false"));
            }
            case 'b', 'd', 'o', 'x', 'X' -> integer(v, number(v, arg));
            case 'e', 'E', 'f', 'g', 'G' -> decimal(v, number(v, arg));
            case 's', 'q' -> string(v, arg);
            default -> throw args.error("unsupported format verb " + Json.quote(String.valueOf(v.mode))
                    + " in " + Json.quote(v.raw) + " at offset " + v.start);
        }
    }

    private void asIs(Verb v, Value arg) throws FunctionException {
        if (!v.sharp && arg instanceof Value.Str s) {
            out.append(pad(v, s.value()));
        } else if (!v.sharp && arg instanceof Value.Num n) {
            out.append(pad(v, GoNumbers.shortestG(n.value())));
        } else {
            out.append(pad(v, Json.encode(arg)));
        }
    }

    private BigDecimal number(Verb v, Value arg) throws FunctionException {
        BigDecimal n = Convert.numberOrNull(arg);
        if (n == null) {
            throw unsupported(v, "a number is required, got " + Convert.describe(arg));
        }
        return n;
    }

    private void integer(Verb v, BigDecimal n) throws FunctionException {
        if (!Args.isWhole(n)) {
            throw unsupported(v, "an integer is required");
        }
        BigInteger i = n.toBigIntegerExact();
        int radix = switch (v.mode) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = GoNumbers.integer(i, radix, v.mode == 'X');
        if (v.precision >= 0 && digits.length() < v.precision) {
            digits = "0".repeat(v.precision - digits.length()) + digits;
        }
        if (v.sharp) {
            digits = switch (v.mode) {
                case 'x' -> "0x" + digits;
                case 'X' -> "0X" + digits;
                case 'o' -> digits.startsWith("0") ? digits : "0" + digits;
                case 'b' -> "0b" + digits;
                default -> digits;
            };
        }
        out.append(numeric(v, i.signum() < 0, digits));
    }

    private void decimal(Verb v, BigDecimal n) {
        int precision = v.precision;
        String text = switch (v.mode) {
            case 'e', 'E' -> GoNumbers.e(n, precision < 0 ? 6 : precision, v.mode == 'E');
            case 'f' -> GoNumbers.f(n, precision < 0 ? 6 : precision);
            default -> GoNumbers.g(n, precision, v.mode == 'G');
        };
        boolean negative = text.startsWith("-");
        out.append(numeric(v, negative, negative ? text.substring(1) : text));
    }

    private void string(Verb v, Value arg) throws FunctionException {
        String s = Convert.stringOrNull(arg);
        if (s == null) {
            throw unsupported(v, "a string is required, got " + Convert.describe(arg));
        }
        if (v.precision >= 0) {
            List<String> chars = Graphemes.split(s);
            if (chars.size() > v.precision) {
                s = String.join("", chars.subList(0, v.precision));
            }
        }
        out.append(pad(v, v.mode == 'q' ? Json.quote(s) : s));
    }

    /** Sign, zero padding between sign and digits, or space padding on either side. */
    private static String numeric(Verb v, boolean negative, String digits) {
        String sign = negative ? "-" : v.plus ? "+" : v.space ? " " : "";
        int len = sign.length() + digits.length();
        if (v.width <= len) {
            return sign + digits;
        }
        int padding = v.width - len;
        if (v.minus) {
            return sign + digits + " ".repeat(padding);
        }
        if (v.zero) {
            return sign + "0".repeat(padding) + digits;
        }
        return " ".repeat(padding) + sign + digits;
    }

    private static String pad(Verb v, String text) {
        if (v.width < 0) {
            return text;
        }
        int len = Graphemes.count(text);
        if (len >= v.width) {
            return text;
        }
        String padding = (v.zero ? "0" : " ").repeat(v.width - len); // Terraform pads with zeros even when left-aligned
        return v.minus ? text + padding : padding + text;
    }

    private FunctionException unsupported(Verb v, String why) {
        return args.error("unsupported value for " + Json.quote(v.raw) + " at offset " + v.start + ": " + why);
    }
}
