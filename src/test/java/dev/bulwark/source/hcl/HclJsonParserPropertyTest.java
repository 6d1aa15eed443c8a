package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any JSON document read as a variables file must come back as the same values, and the range of
 * every key and value must cut exactly that key or value out of the source bytes.
 */
class HclJsonParserPropertyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    record Document(Map<String, Object> values, String json) {}

    @Property(tries = 300)
    void valuesAndRangesSurviveParsing(@ForAll("documents") Document document) throws Exception {
        String json = document.json();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Body body = HclJsonParser.parse("values.tfvars.json", json).body();

        assertThat(body.attributes()).extracting(Attribute::name).containsExactlyElementsOf(document.values().keySet());
        for (Attribute attribute : body.attributes()) {
            assertThat(MAPPER.readValue(slice(bytes, attribute.nameRange()), String.class)).isEqualTo(attribute.name());
            Object expected = document.values().get(attribute.name());
            assertThat(normalize(valueOf(attribute.expr()))).isEqualTo(normalize(expected));
            checkRanges(attribute.expr(), bytes, json);
        }
    }

    /** Every node's bytes must parse, on their own, to the value the node stands for. */
    private static void checkRanges(Expr expr, byte[] bytes, String json) throws Exception {
        String text = slice(bytes, expr.range());
        assertThat(normalize(MAPPER.readValue(text, Object.class))).as("range %s of %s", expr.range(), json)
                .isEqualTo(normalize(valueOf(expr)));
        Pos start = expr.range().start();
        String before = new String(Arrays.copyOf(bytes, start.offset()), StandardCharsets.UTF_8);
        int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        assertThat(start.line()).isEqualTo(1 + (int) before.chars().filter(c -> c == '\n').count()
                + (int) before.replace("\r\n", "").chars().filter(c -> c == '\r').count());
        assertThat(start.column()).isEqualTo(before.codePointCount(lineStart, before.length()) + 1);
        if (expr instanceof Expr.Tuple tuple) {
            for (Expr item : tuple.items()) {
                checkRanges(item, bytes, json);
            }
        } else if (expr instanceof Expr.ObjectCons object) {
            for (Expr.ObjectItem item : object.items()) {
                checkRanges(item.key(), bytes, json);
                checkRanges(item.value(), bytes, json);
            }
        }
    }

    private static String slice(byte[] bytes, Range range) {
        return new String(bytes, range.start().offset(), range.end().offset() - range.start().offset(), StandardCharsets.UTF_8);
    }

    private static Object valueOf(Expr expr) {
        if (expr instanceof Expr.NullLit) {
            return null;
        }
        if (expr instanceof Expr.BoolLit b) {
            return b.value();
        }
        if (expr instanceof Expr.NumberLit n) {
            return n.value();
        }
        if (expr instanceof Expr.Template t) {
            assertThat(t.parts()).singleElement().isInstanceOf(Expr.Part.Literal.class);
            return ((Expr.Part.Literal) t.parts().get(0)).text();
        }
        if (expr instanceof Expr.Tuple tuple) {
            List<Object> items = new ArrayList<>();
            tuple.items().forEach(i -> items.add(valueOf(i)));
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Expr.ObjectItem item : ((Expr.ObjectCons) expr).items()) {
            map.put((String) valueOf(item.key()), valueOf(item.value()));
        }
        return map;
    }

    /** Numbers compare by value, not by scale or by the Java type Jackson picked. */
    private static Object normalize(Object value) {
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            return d.signum() == 0 ? BigDecimal.ZERO : d;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HclJsonParserPropertyTest::normalize).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalize(v)));
            return out;
        }
        return value;
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<Map<String, Object>> roots = Arbitraries.maps(keys(), value(3)).ofMaxSize(6)
                .map(LinkedHashMap::new);
        return Combinators.combine(roots, Arbitraries.of(0, 1, 2)).as((values, layout) -> {
            try {
                String json = layout == 0 ? MAPPER.writeValueAsString(values)
                        : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(values);
                return new Document(values, layout == 2 ? json.replace("\n", "\r\n") : json);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Arbitrary<String> keys() {
        return text().filter(k -> !k.equals("//"));
    }

    private Arbitrary<String> text() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        Arbitrary<String> mixed = Arbitraries.strings()
                .withChars('a', 'Z', '"', '\\', '\n', '\t', '\u0001', 'é', '日', '$', '{', '%')
                .ofMaxLength(8)
                .map(s -> s.replace("Z", "\uD83D\uDE00"));
        return Arbitraries.oneOf(ascii, mixed);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                text().map(s -> (Object) s),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e30"), new BigDecimal("1e30")).ofScale(4).map(d -> (Object) d),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> map = Arbitraries.maps(keys(), value(depth - 1)).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf),
                net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, map));
    }
}
