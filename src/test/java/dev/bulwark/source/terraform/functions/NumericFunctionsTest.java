package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericFunctionsTest {
    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource({
        "abs, 23, 23",
        "abs, 0, 0",
        "abs, -12.4, 12.4",
        "ceil, 5, 5",
        "ceil, 5.1, 6",
        "ceil, -5.1, -5",
        "floor, 5, 5",
        "floor, 4.9, 4",
        "floor, -4.1, -5",
        "signum, -13, -1",
        "signum, 0, 0",
        "signum, 344, 1",
    })
    void oneArgument(String fn, String arg, String expected) throws Exception {
        assertThat(call(fn, n(arg))).isEqualTo(n(expected));
    }

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource({
        "log, 50, 10, 1.6989700043360185",
        "log, 16, 2, 4",
        "log, 1, 10, 0",
        "pow, 3, 2, 9",
        "pow, 4, 0, 1",
        "pow, 4, 0.5, 2",
        "pow, 2, -1, 0.5",
        "pow, 2, 100, 1267650600228229400000000000000",
        "max, 12, 54, 54",
        "min, 12, 54, 12",
    })
    void twoArguments(String fn, String x, String y, String expected) throws Exception {
        assertThat(call(fn, n(x), n(y))).isEqualTo(n(expected));
    }

    @ParameterizedTest(name = "parseint({0}, {1}) = {2}")
    @CsvSource({
        "100, 10, 100",
        "FF, 16, 255",
        "ff, 16, 255",
        "-10, 16, -16",
        "1011111011101111, 2, 48879",
        "aA, 62, 656",
        "zz, 36, 1295",
        "+7, 8, 7",
        "123456789012345678901234567890, 10, 123456789012345678901234567890",
    })
    void parsesIntegersInAnyBase(String text, int base, String expected) throws Exception {
        assertThat(call("parseint", s(text), n(base))).isEqualTo(n(expected));
    }

    @Test
    void variadicMinAndMax() throws Exception {
        assertThat(call("max", n(12), n(54), n(3))).isEqualTo(n(54));
        assertThat(call("min", n(12), n(54), n(3))).isEqualTo(n(3));
        assertThat(call("max", s("5"), n(3))).isEqualTo(n(5));
        assertThat(call("max", UNKNOWN, n(3))).isSameAs(UNKNOWN);
    }

    @Test
    void rejectsBadCalls() {
        assertThat(error("max")).isEqualTo("max: expected at least 1 argument, got 0");
        assertThat(error("abs", s("x"))).isEqualTo("abs: argument 1 must be a number, got string \"x\"");
        assertThat(error("parseint", s("12"), n(2))).isEqualTo("parseint: cannot parse \"12\" as a base 2 integer");
        assertThat(error("parseint", s(""), n(10))).isEqualTo("parseint: cannot parse \"\" as a base 10 integer");
        assertThat(error("parseint", s("1"), n(63))).isEqualTo("parseint: argument 2 must be a whole number between 2 and 62 inclusive");
        assertThat(error("parseint", s("1"), n("2.5"))).isEqualTo("parseint: argument 2 must be a whole number between 2 and 62 inclusive");
        assertThat(error("log", n(0), n(10))).isEqualTo("log: the result is not a finite number");
        assertThat(error("pow", n(10), n(400))).isEqualTo("pow: the result is not a finite number");
        assertThat(error("ceil", n(1), n(2))).isEqualTo("ceil: expected 1 argument, got 2");
    }
}
