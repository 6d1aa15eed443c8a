package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.NULL;
import static dev.bulwark.source.terraform.functions.V.OTHER_UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.b;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.fails;
import static dev.bulwark.source.terraform.functions.V.j;
import static dev.bulwark.source.terraform.functions.V.l;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.o;
import static dev.bulwark.source.terraform.functions.V.row;
import static dev.bulwark.source.terraform.functions.V.s;
import static dev.bulwark.source.terraform.functions.V.strs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CollectionFunctionsTest {
    static Stream<Arguments> documentedExamples() {
        return Stream.of(
                row(n(0), "length", l()),
                row(n(2), "length", strs("a", "b")),
                row(n(1), "length", o("a", s("b"))),
                row(s("b"), "element", strs("a", "b", "c"), n(1)),
                row(s("a"), "element", strs("a", "b", "c"), n(3)),
                row(strs("a", "", "b", "c"), "concat", strs("a", ""), strs("b", "c")),
                row(b(true), "contains", strs("a", "b", "c"), s("a")),
                row(b(false), "contains", strs("a", "b", "c"), s("d")),
                row(b(false), "contains", l(n(1)), s("1")),
                row(b(true), "contains", l(strs("a")), strs("a")),
                row(n(1), "index", strs("a", "b", "c"), s("b")),
                row(n(0), "index", l(n(1), n(1)), n("1.0")),
                row(strs("a", "b", "c", "d"), "distinct", strs("a", "b", "a", "c", "d", "b")),
                row(l(n(1), s("1")), "distinct", l(n(1), s("1"), n("1.0"))),
                row(strs("a", "b", "c"), "flatten", l(strs("a", "b"), l(), strs("c"))),
                row(strs("a", "b", "c"), "flatten", l(l(strs("a", "b"), l()), strs("c"))),
                row(strs("a", "c", "d"), "keys", o("d", n(3), "a", n(1), "c", n(2))),
                row(l(n(3), n(2), n(1)), "values", o("d", n(1), "a", n(3), "c", n(2))),
                row(s("ay"), "lookup", o("a", s("ay"), "b", s("bee")), s("a"), s("what?")),
                row(s("what?"), "lookup", o("a", s("ay"), "b", s("bee")), s("c"), s("what?")),
                row(NULL, "lookup", o("a", s("ay")), s("c"), NULL),
                row(o("a", s("b"), "c", s("z"), "e", s("f")), "merge", o("a", s("b"), "c", s("d")), o("e", s("f"), "c", s("z"))),
                row(o("a", l(n(1), n(2)), "c", s("z"), "d", n(3)), "merge",
                        o("a", s("b")), o("a", l(n(1), n(2)), "c", s("z")), o("d", n(3))),
                row(o(), "merge"),
                row(o("a", n(1)), "merge", NULL, o("a", n(1))),
                row(l(n(0), n(1), n(2)), "range", n(3)),
                row(l(n(1), n(2), n(3)), "range", n(1), n(4)),
                row(l(n(1), n(3), n(5), n(7)), "range", n(1), n(8), n(2)),
                row(l(n(1), n("1.5"), n(2), n("2.5"), n(3), n("3.5")), "range", n(1), n(4), n("0.5")),
                row(l(n(4), n(3), n(2)), "range", n(4), n(1)),
                row(l(n(10), n(8), n(6)), "range", n(10), n(5), n(-2)),
                row(l(n(0), n(-1), n(-2)), "range", n(-3)),
                row(l(), "range", n(2), n(2)),
                row(l(n(3), n(2), n(1)), "reverse", l(n(1), n(2), n(3))),
                row(strs("b", "c"), "slice", strs("a", "b", "c", "d"), n(1), n(3)),
                row(l(), "slice", strs("a"), n(1), n(1)),
                row(strs("a", "d", "e", "x"), "sort", strs("e", "d", "a", "x")),
                row(strs("1", "10", "3"), "sort", l(n(3), n(1), n(10))),
                row(strs("Z", "a", "é"), "sort", strs("é", "a", "Z")),
                row(o("a", n(1), "b", n(2)), "zipmap", strs("a", "b"), l(n(1), n(2))),
                row(o("a", n(3)), "zipmap", strs("a", "a"), l(n(2), n(3))),
                row(s("a"), "coalesce", s("a"), s("b")),
                row(s("b"), "coalesce", s(""), s("b")),
                row(n(1), "coalesce", n(1), n(2)),
                row(s("b"), "coalesce", NULL, s(""), s("b")),
                row(s("1"), "coalesce", n(1), s("hello")),
                row(s("true"), "coalesce", b(true), s("hello")),
                row(strs("a", "b"), "coalescelist", strs("a", "b"), strs("c", "d")),
                row(strs("c", "d"), "coalescelist", l(), strs("c", "d")),
                row(strs("a", "b", "c"), "compact", l(s("a"), s(""), s("b"), NULL, s("c"))),
                row(l(strs("a", "b"), strs("c", "d"), strs("e")), "chunklist", strs("a", "b", "c", "d", "e"), n(2)),
                row(l(strs("a"), strs("b")), "chunklist", strs("a", "b"), n(1)),
                row(l(strs("a", "b")), "chunklist", strs("a", "b"), n(0)),
                row(l(), "chunklist", l(), n(3)),
                row(l(strs("development", "app1"), strs("development", "app2"), strs("staging", "app1"),
                        strs("staging", "app2"), strs("production", "app1"), strs("production", "app2")),
                        "setproduct", strs("development", "staging", "production"), strs("app1", "app2")),
                row(l(), "setproduct", strs("a"), l()),
                row(strs("a", "b", "c", "d"), "setunion", strs("a", "b"), strs("b", "c"), strs("d")),
                row(strs("b"), "setintersection", strs("a", "b"), strs("b", "c"), strs("b", "d")),
                row(strs("b"), "setsubtract", strs("a", "b", "c"), strs("a", "c")),
                row(l(n(2), n(10)), "setunion", l(n(10)), l(n(2), n(10))),
                row(o("1", strs("a"), "2", strs("a", "b"), "3", strs("b")), "transpose",
                        o("a", strs("1", "2"), "b", strs("2", "3"))),
                row(NULL, "one", l()),
                row(s("hello"), "one", strs("hello")),
                row(n("33.5"), "sum", l(n(10), n(13), n(6), n("4.5"))),
                row(n(3), "sum", l(n(1), s("2"))),
                row(b(true), "alltrue", l(s("true"), b(true))),
                row(b(false), "alltrue", l(b(true), b(false))),
                row(b(true), "alltrue", l()),
                row(b(false), "alltrue", l(b(true), NULL)),
                row(b(true), "anytrue", l(s("true"))),
                row(b(true), "anytrue", l(b(true), b(false))),
                row(b(false), "anytrue", l()),
                row(strs("i-abc", "i-def"), "matchkeys", strs("i-123", "i-abc", "i-def"),
                        strs("us-west", "us-east", "us-east"), strs("us-east")),
                row(strs("b"), "matchkeys", strs("a", "b"), l(n(1), n(2)), strs("2")));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("documentedExamples")
    void documentedExamples(String fn, List<Value> args, Value expected) throws Exception {
        assertThat(call(fn, args)).isEqualTo(expected);
    }

    @Test
    void objectResultsIterateInSortedKeyOrder() throws Exception {
        Value merged = call("merge", o("z", n(1), "b", n(2)), o("a", n(3)));
        assertThat(((Value.Obj) merged).fields().keySet()).containsExactly("a", "b", "z");
        Value zipped = call("zipmap", strs("b", "a"), l(n(1), n(2)));
        assertThat(((Value.Obj) zipped).fields().keySet()).containsExactly("a", "b");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                fails("lookup: argument 1 must be an object or map, got string \"a\"", "lookup", s("a"), s("b")),
                fails("lookup: the map has no key \"c\" and no default value was given", "lookup", o("a", n(1)), s("c")),
                fails("lookup: expected 2 or 3 arguments, got 1", "lookup", o()),
                fails("length: argument 1 must be a string, list, set, tuple, map or object, got number", "length", n(1)),
                fails("length: argument 1 must not be null", "length", NULL),
                fails("element: cannot use element function with an empty list", "element", l(), n(0)),
                fails("element: cannot use element function with a negative index", "element", strs("a"), n(-1)),
                fails("element: argument 2 must be a whole number, got 0.5", "element", strs("a"), n("0.5")),
                fails("index: item not found", "index", strs("a"), s("z")),
                fails("index: cannot search an empty list", "index", l(), s("z")),
                fails("index: argument 1 must be a list, set or tuple, got object", "index", o(), s("z")),
                fails("concat: argument 2 must be a list, set or tuple, got object", "concat", l(), o()),
                fails("merge: argument 2 must be an object or map, got list", "merge", o(), l()),
                fails("range: step must not be zero", "range", n(1), n(2), n(0)),
                fails("range: step must be negative for a decreasing sequence", "range", n(5), n(1), n(1)),
                fails("range: step must be positive for an increasing sequence", "range", n(1), n(5), n(-1)),
                fails("range: more than 1024 values were generated", "range", n(2000)),
                fails("slice: argument 3 must not be greater than the length of the list (2), got 3", "slice", strs("a", "b"), n(0), n(3)),
                fails("slice: start index 2 must not be greater than end index 1", "slice", strs("a", "b"), n(2), n(1)),
                fails("slice: argument 2 must not be negative, got -1", "slice", strs("a", "b"), n(-1), n(1)),
                fails("sort: argument 1 element 1 is null; a null string cannot be sorted", "sort", l(s("a"), NULL)),
                fails("zipmap: number of keys (2) does not match number of values (1)", "zipmap", strs("a", "b"), l(n(1))),
                fails("coalesce: no non-null, non-empty-string arguments", "coalesce", NULL, s("")),
                fails("coalesce: arguments must all have the same type, but found both object and string", "coalesce", o(), s("hello")),
                fails("coalescelist: no non-null, non-empty arguments", "coalescelist", l(), l()),
                fails("coalescelist: argument 1 must be a list, set or tuple, got string \"a\"", "coalescelist", s("a")),
                fails("chunklist: argument 2 must not be negative, got -1", "chunklist", strs("a"), n(-1)),
                fails("setproduct: expected at least 2 arguments, got 1", "setproduct", strs("a")),
                fails("transpose: argument 1 must be a map of lists of strings, but key \"a\" holds string", "transpose", o("a", s("x"))),
                fails("one: argument 1 must be a list, set, or tuple value with either zero or one elements, got 2 elements",
                        "one", strs("hello", "goodbye")),
                fails("sum: argument 1 cannot be empty: there is nothing to sum", "sum", l()),
                fails("sum: argument 1 element 1 must be a number, got string \"x\"", "sum", l(n(1), s("x"))),
                fails("alltrue: argument 1 element 0 must be a bool, got number", "alltrue", l(n(1))),
                fails("matchkeys: length of keys (1) and values (2) should be equal", "matchkeys", strs("a", "b"), strs("x"), strs("x")),
                fails("toset: elements must all have the same type, but found both string and list", "setunion", strs("a"), l(l())));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("errors")
    void rejectsBadCalls(String fn, List<Value> args, String message) {
        if (message.startsWith("toset: ")) {
            message = fn + ": " + message.substring("toset: ".length());
        }
        assertThat(error(fn, args)).startsWith(message);
    }

    @Test
    void unknownCollectionsGiveUnknownResults() throws Exception {
        for (String fn : List.of("length", "keys", "values", "reverse", "flatten", "distinct", "one", "sum", "sort",
                "compact", "alltrue", "transpose", "tolist", "toset", "tomap")) {
            assertThat(call(fn, UNKNOWN)).as(fn).isSameAs(UNKNOWN);
        }
        assertThat(call("merge", o("a", n(1)), UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("concat", strs("a"), UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("lookup", UNKNOWN, s("a"), s("default"))).isSameAs(UNKNOWN);
        assertThat(call("lookup", o("a", n(1)), UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("element", strs("a"), UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("range", UNKNOWN)).isSameAs(UNKNOWN);
    }

    @Test
    void unknownItemsInsideCollectionsArePassedAlongWhereTheResultCanStillBeKnown() throws Exception {
        Value withUnknown = l(s("a"), UNKNOWN);
        assertThat(call("length", withUnknown)).isEqualTo(n(2));
        assertThat(call("concat", withUnknown, strs("b"))).isEqualTo(l(s("a"), UNKNOWN, s("b")));
        assertThat(call("flatten", l(withUnknown, strs("c")))).isEqualTo(l(s("a"), UNKNOWN, s("c")));
        assertThat(call("tolist", withUnknown)).isEqualTo(withUnknown);
        assertThat(call("reverse", withUnknown)).isEqualTo(l(UNKNOWN, s("a")));
        assertThat(call("element", withUnknown, n(1))).isSameAs(UNKNOWN);
        assertThat(call("element", withUnknown, n(0))).isEqualTo(s("a"));
        assertThat(call("one", l(UNKNOWN))).isSameAs(UNKNOWN);
        assertThat(call("slice", withUnknown, n(0), n(1))).isEqualTo(strs("a"));
        assertThat(call("chunklist", withUnknown, n(1))).isEqualTo(l(strs("a"), l(UNKNOWN)));

        Value obj = o("known", s("x"), "pending", UNKNOWN);
        assertThat(call("keys", obj)).isEqualTo(strs("known", "pending"));
        assertThat(call("values", obj)).isEqualTo(l(s("x"), UNKNOWN));
        assertThat(call("length", obj)).isEqualTo(n(2));
        assertThat(call("lookup", obj, s("known"))).isEqualTo(s("x"));
        assertThat(call("lookup", obj, s("pending"))).isSameAs(UNKNOWN);
        assertThat(call("lookup", obj, s("missing"), OTHER_UNKNOWN)).isSameAs(OTHER_UNKNOWN);
        assertThat(call("merge", obj, o("extra", n(1)))).isEqualTo(o("extra", n(1), "known", s("x"), "pending", UNKNOWN));
        assertThat(call("zipmap", strs("a", "b"), l(n(1), UNKNOWN))).isEqualTo(o("a", n(1), "b", UNKNOWN));

        // Can't know which one is the first non-empty value.
        assertThat(call("coalesce", NULL, UNKNOWN, s("b"))).isSameAs(UNKNOWN);
        assertThat(call("coalesce", s("a"), UNKNOWN)).isEqualTo(s("a"));
        assertThat(call("coalescelist", l(), UNKNOWN, strs("x"))).isSameAs(UNKNOWN);
        assertThat(call("coalescelist", strs("x"), UNKNOWN)).isEqualTo(strs("x"));

        // Membership is known when a known item matches; otherwise it depends on the unknown one.
        assertThat(call("contains", withUnknown, s("a"))).isEqualTo(b(true));
        V.assertDerivedUnknown(call("contains", withUnknown, s("z")));
        assertThat(call("contains", strs("a"), UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("index", l(s("a"), UNKNOWN), s("a"))).isEqualTo(n(0));
        V.assertDerivedUnknown(call("index", l(UNKNOWN, s("a")), s("a")));
        assertThat(call("alltrue", l(b(false), UNKNOWN))).isEqualTo(b(false));
        V.assertDerivedUnknown(call("alltrue", l(b(true), UNKNOWN)));
        assertThat(call("anytrue", l(UNKNOWN, b(true)))).isEqualTo(b(true));
        V.assertDerivedUnknown(call("anytrue", l(UNKNOWN, b(false))));

        // Results that depend on every item's value stay unknown.
        for (String fn : List.of("distinct", "sort", "compact", "sum")) {
            V.assertDerivedUnknown(call(fn, withUnknown));
        }
        // A set keeps its known elements beside the unknown ones, as Terraform's sets do.
        assertThat(call("toset", withUnknown)).isEqualTo(l(s("a"), UNKNOWN));
        assertThat(call("setunion", withUnknown, strs("b"))).isEqualTo(l(s("a"), s("b"), UNKNOWN));
        V.assertDerivedUnknown(call("zipmap", l(s("a"), UNKNOWN), l(n(1), n(2))));
        assertThat(call("setproduct", withUnknown, strs("x"))).isEqualTo(l(strs("a", "x"), l(UNKNOWN, s("x"))));
    }

    @Test
    void setproductRefusesHugeResults() {
        List<Value> big = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            big.add(n(i));
        }
        Value list = new Value.ListV(big);
        assertThat(error("setproduct", list, list)).isEqualTo("setproduct: the product would have more than 100000 elements");
    }

    @Test
    void decodedJsonFeedsCollectionFunctions() throws Exception {
        Value policy = j("{\"Statement\":[{\"Effect\":\"Allow\"},{\"Effect\":\"Deny\"}]}");
        assertThat(call("length", call("lookup", policy, s("Statement")))).isEqualTo(n(2));
    }
}
