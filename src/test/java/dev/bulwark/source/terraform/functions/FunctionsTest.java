package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.NULL;
import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.b;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FunctionsTest {
    /** Functions that decide about unknown arguments themselves and may still return a known result. */
    private static final Set<String> HANDLE_UNKNOWN_THEMSELVES = Set.of("coalesce", "coalescelist", "lookup", "formatlist",
            "sensitive", "nonsensitive");

    @Test
    void registryKnowsTheCommonFunctions() {
        for (String name : List.of("lookup", "merge", "jsonencode", "cidrsubnet", "format", "toset", "keys", "index",
                "provider::aws::arn_parse", "yamldecode", "formatdate", "templatefile", "file")) {
            assertThat(Functions.names()).contains(name);
        }
        assertThat(Functions.names()).doesNotContain("try", "can", "strlen");
        assertThat(Functions.lookup("try")).isNull();
        assertThat(Functions.lookup("no_such_function")).isNull();
        assertThat(Functions.lookup(null)).isNull();
        assertThat(Functions.names().size()).isGreaterThan(100);
    }

    @Test
    void coreNamespaceNamesTheSameFunctions() throws Exception {
        assertThat(Functions.lookup("core::upper")).isSameAs(Functions.lookup("upper"));
        assertThat(Functions.lookup("core::upper").call(List.of(s("a")))).isEqualTo(s("A"));
    }

    @Test
    void lookupIsFastEnoughToCallForEveryExpression() {
        long start = System.nanoTime();
        for (int i = 0; i < 1_000_000; i++) {
            Functions.lookup(i % 2 == 0 ? "lookup" : "merge");
        }
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Property(tries = 500)
    void functionsOnlyEverReturnValuesOrThrowFunctionException(@ForAll("names") String name, @ForAll("argLists") List<Value> args) {
        TfFunction f = Functions.lookup(name);
        try {
            Value result = f.call(args);
            assertThat(result).as("%s%s", name, args).isNotNull();
        } catch (FunctionException e) {
            assertThat(e.getMessage()).startsWith(name + ": ");
            assertThat(e.getMessage()).doesNotContain("cannot evaluate:");
        }
    }

    @Property(tries = 500)
    void aTopLevelUnknownArgumentMakesTheResultUnknown(@ForAll("names") String name, @ForAll("argLists") List<Value> args,
            @ForAll int position) {
        if (HANDLE_UNKNOWN_THEMSELVES.contains(name) || args.isEmpty()) {
            return;
        }
        List<Value> withUnknown = new ArrayList<>(args);
        withUnknown.set(Math.floorMod(position, args.size()), UNKNOWN);
        try {
            Value result = Functions.lookup(name).call(withUnknown);
            assertThat(result).as("%s%s", name, withUnknown).isInstanceOf(Value.Unknown.class);
        } catch (FunctionException e) {
            assertThat(e.getMessage()).as("only arity is checked before unknowns").contains("expected");
        }
    }

    @Provide
    Arbitrary<String> names() {
        List<String> pure = new ArrayList<>(Functions.names());
        pure.removeAll(Functions.fileFunctionNames());
        return Arbitraries.of(pure);
    }

    @Provide
    Arbitrary<List<Value>> argLists() {
        Arbitrary<Value> scalars = Arbitraries.oneOf(
                Arbitraries.of("", "a", "A b", "1", "-2.5", "true", "0", "10.0.0.0/16", "fd00::/56", "%s", "%d %v %#v",
                        "/a+/", "(a)(b)?", "{\"a\":[1]}", "a: [1, 2]", "é😀", "2018-01-02T03:04:05Z", "1h30m", "x\ny",
                        "arn:aws:iam::1:role/r", "YYYY-MM-DD", "dns", "UTF-8", "a,b\n1,2", "SGk=", "[[:alpha:]]").map(Value::of),
                Arbitraries.of(n(0), n(1), n(-1), n(2), n(3), n(32), n("2.5"), n("1e30"), n(100000), n("-0.001"))
                        .map(Value.class::cast),
                Arbitraries.of(b(true), b(false), NULL, UNKNOWN).map(Value.class::cast));
        Arbitrary<Value> values = Arbitraries.recursive(() -> scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(Value.ListV::new),
                Arbitraries.maps(Arbitraries.of("a", "b", "c", "1"), inner).ofMaxSize(3).map(Value.Obj::new)), 2);
        return values.list().ofMaxSize(4);
    }

    @Test
    void numbersFromManyPlacesStayExact() throws Exception {
        Value sum = Functions.lookup("sum").call(List.of(new Value.ListV(List.of(n("0.1"), n("0.2"))))); 
        assertThat(sum).isEqualTo(Value.of(new BigDecimal("0.3")));
    }
}
