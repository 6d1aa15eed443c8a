package dev.bulwark.source.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/** Short value builders and call helpers for the function tests. */
final class V {
    static final Value.Unknown UNKNOWN = Value.unknown(UnknownReason.COMPUTED, "aws_instance.web.id");
    static final Value.Unknown OTHER_UNKNOWN = Value.unknown(UnknownReason.UNSET_VARIABLE, "var.name");
    static final Value NULL = Value.NULL;

    private V() {}

    static Value s(String s) {
        return Value.of(s);
    }

    static Value n(long n) {
        return Value.of(n);
    }

    static Value n(String decimal) {
        return Value.of(new BigDecimal(decimal));
    }

    static Value b(boolean b) {
        return Value.of(b);
    }

    static Value l(Value... items) {
        return new Value.ListV(Arrays.asList(items));
    }

    static Value strs(String... items) {
        return new Value.ListV(Arrays.stream(items).map(Value::of).map(Value.class::cast).toList());
    }

    /** An object from alternating keys and values, keeping the given order. */
    static Value o(Object... keysAndValues) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        }
        return new Value.Obj(fields);
    }

    /** A value written as JSON, for bigger expectations. */
    static Value j(String json) {
        try {
            return Json.decode(json);
        } catch (FunctionException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Value call(String fn, Value... args) throws FunctionException {
        return call(fn, List.of(args));
    }

    static Value call(String fn, List<Value> args) throws FunctionException {
        TfFunction f = Functions.lookup(fn);
        assertThat(f).as("function %s is registered", fn).isNotNull();
        return f.call(args);
    }

    /** The message of the FunctionException the call must throw. */
    static String error(String fn, Value... args) {
        return error(fn, List.of(args));
    }

    static String error(String fn, List<Value> args) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> call(fn, args)).isInstanceOfSatisfying(FunctionException.class, e -> thrown[0] = e);
        return thrown[0].getMessage();
    }

    /** An unknown made from {@link #UNKNOWN} found inside an argument: same reason, new identity. */
    static void assertDerivedUnknown(Value actual) {
        assertThat(actual).isInstanceOf(Value.Unknown.class).isEqualTo(UNKNOWN).isNotSameAs(UNKNOWN);
    }

    /** A table row: function, arguments, expected result. */
    static Arguments row(Value expected, String fn, Value... args) {
        return Arguments.of(fn, List.of(args), expected);
    }

    /** A table row: function, arguments, expected error message. */
    static Arguments fails(String message, String fn, Value... args) {
        return Arguments.of(fn, List.of(args), message);
    }
}
