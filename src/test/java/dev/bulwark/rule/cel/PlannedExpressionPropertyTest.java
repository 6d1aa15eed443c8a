package dev.bulwark.rule.cel;

import com.google.protobuf.NullValue;
import dev.cel.common.types.SimpleType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On any input, of any shape, a planned expression gives what CEL's interpreter gives: the same value,
 * or an error with the same message. The expressions cover every construct the planner handles;
 * random inputs of the wrong type reach the error paths (missing keys, no matching overload, a
 * non-bool condition, overflow).
 */
class PlannedExpressionPropertyTest {
    private static final List<String> EXPRESSIONS = List.of(
            "resource.a == resource.b", "resource.a != 1", "resource.a < resource.b", "resource.a <= 2", "resource.a > 1.5", "resource.a >= 'm'",
            "resource.a + resource.b == resource.c", "resource.a - 1 == 0", "resource.a * 2 > 3", "resource.a / resource.b > 0", "resource.a % 2 == 1",
            "-resource.a < 0", "!resource.a", "resource.a && resource.b", "resource.a || resource.b", "resource.a ? resource.b == 1 : resource.c == 2",
            "has(resource.a)", "has(resource.a.b)", "resource.a.b == 'x'", "resource.a[0] == 'x'", "resource.a['b'] == 1", "resource.a in resource.b",
            "'x' in resource.a", "size(resource.a) > 1", "resource.a.exists(x, x == 22)", "resource.a.all(x, int(x) >= 0)",
            "resource.a.exists_one(x, x == '0.0.0.0/0')", "resource.a.map(x, string(x)).exists(s, s.startsWith('1'))",
            "resource.a.filter(x, x != null).size() == 1", "resource.a.exists(k, resource.a[k] == true)",
            "string(resource.a) == '1'", "int(resource.a) == 22", "resource.a.matches('(')", "resource.a.matches('^[0-9]+$')", "double(resource.a) > 0.5", "resource.a.matches('^(?i)tcp$')",
            "resource.a.contains('/') && resource.a.endsWith('/0')", "type(resource.a) == map || type(resource.a) == list",
            "type(resource.a) == string ? resource.a.size() > 0 : false", "[resource.a, resource.b] == [1, 2]",
            "{'k': resource.a}.k == resource.b", "as_list(resource.a).exists(v, wildcard_match(string(v), 's3:*'))",
            "as_list(resource.a).exists(s, iam_public(s))",
            "resource.a.exists(i, (has(i.from_port) && int(i.from_port) <= 22) || i.protocol == '-1')",
            "meta.address.startsWith('aws_') && resource.a == null",
            "type(bytes(string(resource.a))) == bytes && size(bytes(string(resource.a))) >= 0");
    private static final List<CelEnvironment.Compiled> PROGRAMS = EXPRESSIONS.stream().map(PlannedExpressionPropertyTest::compile).toList();

    private static CelEnvironment.Compiled compile(String expression) {
        try {
            return CelEnvironment.compile(expression, SimpleType.BOOL);
        } catch (Exception e) {
            throw new IllegalStateException(expression, e);
        }
    }

    @Property(tries = 600)
    void plannedExpressionsAgreeWithTheInterpreter(@ForAll("resources") Map<String, Object> resource) {
        Map<String, Object> variables = Map.of("resource", resource, "meta", Map.of("address", "aws_s3_bucket.x"),
                "referrers", Map.of(), "referenced", Map.of(), "settings", Map.of());
        for (int i = 0; i < PROGRAMS.size(); i++) {
            CelEnvironment.Compiled p = PROGRAMS.get(i);
            assertThat(p.planned()).as(EXPRESSIONS.get(i)).isNotNull();
            assertThat(outcome(() -> p.planned().eval(variables::get))).as(EXPRESSIONS.get(i) + " on " + resource)
                    .isEqualTo(outcome(() -> p.plain().eval(variables)));
        }
    }

    @Test
    void whatThePlannerDoesNotCoverRunsOnTheInterpreter() throws Exception {
        Map<String, Object> variables = Map.of("resource", Map.of("a", "x"), "meta", Map.of(), "referrers", Map.of(),
                "referenced", Map.of(), "settings", Map.of());
        for (String expression : List.of("b'x' == bytes(resource.a)", "type(timestamp('2026-01-01T00:00:00Z')) != string")) {
            CelEnvironment.Compiled p = compile(expression);
            assertThat(p.planned()).as(expression).isNull();
            assertThat(p.evaluate(variables)).as(expression).isEqualTo(true);
        }
    }

    private interface Evaluation {
        Object run() throws Exception;
    }

    private static String outcome(Evaluation e) {
        try {
            return "value " + e.run();
        } catch (Exception ex) {
            return "error " + ex.getMessage();
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> resources() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.longs().between(-3, 70000).map(Object.class::cast),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 22L, 0L).map(Object.class::cast),
                Arbitraries.of(0.5, 2.0, -1.0, 22.0).map(Object.class::cast),
                Arbitraries.of("x", "1", "22", "tcp", "TCP", "-1", "m", "0.0.0.0/0", "s3:GetObject", "", "b").map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(NullValue.NULL_VALUE));
        Arbitrary<Object> value = Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(Object.class::cast),
                Arbitraries.maps(Arbitraries.of("a", "b", "x", "from_port", "protocol", "k"), inner).ofMaxSize(3)
                        .map(m -> (Object) new LinkedHashMap<>(m))), 3);
        return Arbitraries.maps(Arbitraries.of("a", "b", "c"), value).ofMaxSize(3).map(LinkedHashMap::new);
    }
}
