package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cuts realistic files at every character and parses each prefix: a prefix may parse (it is then
 * a complete file of its own, whose ranges must still be exact) or fail with HclParseException,
 * but a cut strictly inside a block, a string, a heredoc or any bracket must always fail.
 */
class HclParserTruncationTest {

    /** Byte spans (start exclusive, end exclusive) that a cut may not fall strictly inside. */
    private static List<int[]> delimitedSpans(Body body) {
        List<int[]> spans = new ArrayList<>();
        collect(body, spans);
        return spans;
    }

    private static void collect(Body body, List<int[]> spans) {
        for (Attribute a : body.attributes()) {
            expr(a.expr(), spans::add);
        }
        for (Block b : body.blocks()) {
            add(b.range(), spans::add);
            collect(b.body(), spans);
        }
    }

    private static void add(Range r, Consumer<int[]> out) {
        out.accept(new int[] {r.start().offset(), r.end().offset()});
    }

    private static void expr(Expr e, Consumer<int[]> out) {
        if (e instanceof Expr.Template t) {
            add(t.range(), out);
            parts(t.parts(), out);
        } else if (e instanceof Expr.Tuple t) {
            add(t.range(), out);
            t.items().forEach(x -> expr(x, out));
        } else if (e instanceof Expr.ObjectCons o) {
            add(o.range(), out);
            o.items().forEach(i -> {
                expr(i.key(), out);
                expr(i.value(), out);
            });
        } else if (e instanceof Expr.Parens p) {
            add(p.range(), out);
            expr(p.inner(), out);
        } else if (e instanceof Expr.For f) {
            add(f.range(), out);
            expr(f.collection(), out);
            if (f.keyExpr() != null) {
                expr(f.keyExpr(), out);
            }
            expr(f.valueExpr(), out);
            if (f.condition() != null) {
                expr(f.condition(), out);
            }
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(x -> expr(x, out));
        } else if (e instanceof Expr.GetAttr g) {
            expr(g.object(), out);
        } else if (e instanceof Expr.Index i) {
            expr(i.collection(), out);
            expr(i.key(), out);
        } else if (e instanceof Expr.Splat s) {
            expr(s.source(), out);
            expr(s.each(), out);
        } else if (e instanceof Expr.Conditional c) {
            expr(c.condition(), out);
            expr(c.trueResult(), out);
            expr(c.falseResult(), out);
        } else if (e instanceof Expr.Binary b) {
            expr(b.lhs(), out);
            expr(b.rhs(), out);
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand(), out);
        }
    }

    private static void parts(List<Expr.Part> parts, Consumer<int[]> out) {
        for (Expr.Part p : parts) {
            if (p instanceof Expr.Part.Interp i) {
                add(i.range(), out);
                expr(i.expr(), out);
            } else if (p instanceof Expr.Part.If i) {
                add(i.range(), out);
                parts(i.thenParts(), out);
                parts(i.elseParts(), out);
            } else if (p instanceof Expr.Part.ForDirective f) {
                add(f.range(), out);
                parts(f.body(), out);
            }
        }
    }

    static String source(String name) {
        if (name.equals("multibyte")) {
            return "\uFEFFx \"é\" {\r\n  s = \"ü${a.𝑥}€😀\"\r\n  h = <<-E\r\n    ✓ ${b}\r\n  E\r\n  t = [1, {k = \"v\"}]\r\n}\r\n";
        }
        return HclParserPositionTest.fixture(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"storage.tf", "network.tf", "iam.tf", "values.tfvars", "multibyte"})
    void everyPrefixParsesCleanlyOrFailsAndCutsInsideConstructsFail(String name) throws HclParseException {
        String source = source(name);
        List<int[]> spans = delimitedSpans(HclParser.parse(name, source).body());
        assertThat(spans).hasSizeGreaterThan(5);
        int mustFail = 0;
        int parsed = 0;
        List<String> problems = new ArrayList<>();
        for (int cut = 0; cut < source.length(); cut++) {
            String prefix = source.substring(0, cut);
            int bytes = prefix.getBytes(StandardCharsets.UTF_8).length;
            boolean inside = spans.stream().anyMatch(s -> s[0] < bytes && bytes < s[1]);
            if (inside) {
                mustFail++;
            }
            try {
                Body body = HclParser.parse(name, prefix).body();
                parsed++;
                if (inside) {
                    problems.add("cut at char " + cut + " is inside a construct but parsed: ..."
                            + prefix.substring(Math.max(0, cut - 30)).replace("\n", "\\n"));
                }
                for (String p : NativeSyntaxRangeCheck.check(prefix, body)) {
                    problems.add("cut at char " + cut + ": " + p);
                }
            } catch (HclParseException e) {
                assertThat(e.pos().offset()).isBetween(0, bytes);
                assertThat(e.pos().line()).isPositive();
                assertThat(e.pos().column()).isPositive();
            }
        }
        assertThat(problems).isEmpty();
        assertThat(mustFail).as("cuts inside constructs").isGreaterThan(source.length() / 2);
        assertThat(parsed).as("cuts that leave a complete file").isPositive();
    }
}
