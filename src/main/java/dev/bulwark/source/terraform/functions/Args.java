package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call, read with the conversions Terraform applies to parameters and with
 * errors that name the function and the 1-based argument. Reading an unknown raises
 * {@link UnknownSignal}, which makes the whole call unknown.
 */
final class Args {
    /** Longest string a function may build; beyond it a configuration is hostile or broken. */
    static final long MAX_RESULT_CHARS = 32L * 1024 * 1024;

    private final String function;
    private final List<Value> values;

    Args(String function, List<Value> values) {
        this.function = function;
        this.values = values;
    }

    String function() {
        return function;
    }

    int size() {
        return values.size();
    }

    /** The raw argument, which may be null or unknown. */
    Value get(int i) {
        return values.get(i);
    }

    List<Value> all() {
        return values;
    }

    /** The argument, which must be known at the top level. */
    Value known(int i) {
        return known(values.get(i));
    }

    static Value known(Value v) {
        if (v instanceof Value.Unknown u) {
            throw new UnknownSignal(u);
        }
        return v;
    }

    String string(int i) throws FunctionException {
        return elementString(known(i), "argument " + (i + 1));
    }

    BigDecimal number(int i) throws FunctionException {
        return elementNumber(known(i), "argument " + (i + 1));
    }

    boolean bool(int i) throws FunctionException {
        Value v = known(i);
        Boolean b = Convert.boolOrNull(v);
        if (b == null) {
            throw argError(i, "must be a bool, got " + Convert.describe(v));
        }
        return b;
    }

    /** A whole number that fits an int, as list indexes and counts need. */
    int integer(int i) throws FunctionException {
        return wholeInt(number(i), "argument " + (i + 1));
    }

    /** A whole number of any size. */
    BigInteger bigInteger(int i) throws FunctionException {
        BigDecimal n = number(i);
        if (!isWhole(n)) {
            throw argError(i, "must be a whole number, got " + Convert.formatNumber(n));
        }
        return n.toBigIntegerExact();
    }

    List<Value> list(int i) throws FunctionException {
        Value v = known(i);
        if (v instanceof Value.ListV l) {
            return l.items();
        }
        throw argError(i, "must be a list, set or tuple, got " + Convert.describe(v));
    }

    Map<String, Value> object(int i) throws FunctionException {
        Value v = known(i);
        if (v instanceof Value.Obj o) {
            return o.fields();
        }
        throw argError(i, "must be an object or map, got " + Convert.describe(v));
    }

    /** A list whose elements are read as strings (numbers and bools convert). */
    List<String> strings(int i) throws FunctionException {
        List<Value> items = list(i);
        List<String> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            out.add(elementString(known(items.get(k)), "argument " + (i + 1) + " element " + k));
        }
        return out;
    }

    /** A list whose elements are read as numbers (numeric strings convert). */
    List<BigDecimal> numbers(int i) throws FunctionException {
        List<Value> items = list(i);
        List<BigDecimal> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            out.add(elementNumber(known(items.get(k)), "argument " + (i + 1) + " element " + k));
        }
        return out;
    }

    String elementString(Value v, String what) throws FunctionException {
        known(v);
        if (v instanceof Value.Null) {
            throw error(what + " must not be null");
        }
        String s = Convert.stringOrNull(v);
        if (s == null) {
            throw error(what + " must be a string, got " + Convert.describe(v));
        }
        return s;
    }

    BigDecimal elementNumber(Value v, String what) throws FunctionException {
        known(v);
        if (v instanceof Value.Null) {
            throw error(what + " must not be null");
        }
        BigDecimal n = Convert.numberOrNull(v);
        if (n == null) {
            throw error(what + " must be a number, got " + Convert.describe(v));
        }
        return n;
    }

    int wholeInt(BigDecimal n, String what) throws FunctionException {
        if (!isWhole(n)) {
            throw error(what + " must be a whole number, got " + Convert.formatNumber(n));
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw error(what + " is out of range: " + Convert.formatNumber(n));
        }
    }

    /** Fails before building a string of {@code chars} characters when that is unreasonably large. */
    void checkResultSize(long chars) throws FunctionException {
        if (chars > MAX_RESULT_CHARS) {
            throw error("the result would be " + chars + " characters long, more than the limit of " + MAX_RESULT_CHARS);
        }
    }

    static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /** "name: message". */
    FunctionException error(String message) {
        return new FunctionException(function + ": " + message);
    }

    /** "name: argument N message". */
    FunctionException argError(int i, String message) {
        return error("argument " + (i + 1) + " " + message);
    }
}
