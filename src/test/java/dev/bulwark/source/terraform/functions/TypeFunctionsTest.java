package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.NULL;
import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.b;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.fails;
import static dev.bulwark.source.terraform.functions.V.l;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.o;
import static dev.bulwark.source.terraform.functions.V.row;
import static dev.bulwark.source.terraform.functions.V.s;
import static dev.bulwark.source.terraform.functions.V.strs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Value;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeFunctionsTest {
    static Stream<Arguments> documentedExamples() {
        return Stream.of(
                row(s("hello"), "tostring", s("hello")),
                row(s("1"), "tostring", n(1)),
                row(s("1.5"), "tostring", n("1.50")),
                row(s("1000000000000000000000000000000"), "tostring", n("1e30")),
                row(s("true"), "tostring", b(true)),
                row(NULL, "tostring", NULL),
                row(n(1), "tonumber", n(1)),
                row(n(1), "tonumber", s("1")),
                row(n("-1.5e3"), "tonumber", s("-1.5e3")),
                row(NULL, "tonumber", NULL),
                row(b(true), "tobool", b(true)),
                row(b(true), "tobool", s("true")),
                row(b(false), "tobool", s("0")),
                row(NULL, "tobool", NULL),
                row(strs("a", "b", "3"), "tolist", l(s("a"), s("b"), n(3))),
                row(strs("a", "true"), "tolist", l(s("a"), b(true))),
                row(strs("a", "b", "c"), "toset", strs("a", "b", "c")),
                row(strs("b", "c"), "toset", strs("c", "b", "b")),
                row(strs("3", "a", "b"), "toset", l(s("a"), s("b"), n(3))),
                row(l(n(1), n(2), n(10)), "toset", l(n(10), n(2), n(1), n(2))),
                row(l(b(false), b(true)), "toset", l(b(true), b(false))),
                row(l(o("b", n(1)), o("a", n(2))), "toset", l(o("b", n(1)), o("a", n(2)), o("b", n(1)))),
                row(o("a", s("1"), "b", s("true")), "tomap", o("b", b(true), "a", n(1))),
                row(o("a", s("x")), "tomap", o("a", s("x"))),
                row(s("secret"), "sensitive", s("secret")),
                row(s("secret"), "nonsensitive", s("secret")));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("documentedExamples")
    void documentedExamples(String fn, List<Value> args, Value expected) throws Exception {
        assertThat(call(fn, args)).isEqualTo(expected);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                fails("tostring: cannot convert list to string", "tostring", l()),
                fails("tonumber: cannot convert string \"no\" to number", "tonumber", s("no")),
                fails("tonumber: cannot convert string \"0x10\" to number", "tonumber", s("0x10")),
                fails("tonumber: cannot convert bool to number", "tonumber", b(true)),
                fails("tobool: cannot convert string \"no\" to bool", "tobool", s("no")),
                fails("tobool: cannot convert string \"True\" to bool; use lowercase \"true\"", "tobool", s("True")),
                fails("tobool: cannot convert number to bool", "tobool", n(1)),
                fails("tolist: cannot convert object to list", "tolist", o()),
                fails("tolist: elements must all have the same type, but found both string and object", "tolist", l(s("a"), o())),
                fails("toset: cannot convert string to set", "toset", s("a")),
                fails("tomap: cannot convert list to map", "tomap", l()),
                fails("tomap: elements must all have the same type, but found both list and object", "tomap", o("a", l(), "b", o())));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("errors")
    void rejectsBadCalls(String fn, List<Value> args, String message) {
        assertThat(error(fn, args)).isEqualTo(message);
    }

    @Test
    void sensitivityMarkersPassUnknownsThrough() throws Exception {
        assertThat(call("sensitive", UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("nonsensitive", l(UNKNOWN))).isEqualTo(l(UNKNOWN));
        assertThat(call("tostring", UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("tomap", o("a", UNKNOWN))).isEqualTo(o("a", UNKNOWN));
        assertThat(call("toset", l(UNKNOWN, s("b"), s("a"), s("b")))).isEqualTo(l(s("a"), s("b"), UNKNOWN));
        assertThat(call("toset", UNKNOWN)).isSameAs(UNKNOWN);
    }
}
