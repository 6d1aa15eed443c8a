package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.NativeSyntaxSketch.expr;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.sketch;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.sketchAttr;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HclParserExpressionTest {

    @Test
    void literals() {
        assertThat(expr("null")).isInstanceOf(Expr.NullLit.class);
        assertThat(expr("true")).isEqualTo(new Expr.BoolLit(true, ((Expr.BoolLit) expr("true")).range()));
        assertThat(((Expr.BoolLit) expr("false")).value()).isFalse();
        assertThat(sketch("\"s\"")).isEqualTo("\"s\"");
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0", "42, 42", "007, 7", "1.5, 1.5", "1.50, 1.50", "0.1, 0.1",
            "1e3, 1E+3", "1E3, 1E+3", "2.5e-3, 0.0025", "6e+2, 6E+2",
            "123456789012345678901234567890, 123456789012345678901234567890",
            "0.30000000000000000000000000001, 0.30000000000000000000000000001"})
    void numbersAreExact(String source, String expected) {
        Expr.NumberLit n = (Expr.NumberLit) expr(source);
        assertThat(n.value()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void negativeNumbersAreUnaryNegation() {
        assertThat(sketch("-1")).isEqualTo("(-1)");
        assertThat(sketch("- -1")).isEqualTo("(-(-1))");
    }

    @Test
    void variablesAndTraversals() {
        assertThat(sketch("var.name")).isEqualTo("var.name");
        assertThat(sketch("aws_instance.web[0].id")).isEqualTo("aws_instance.web[0].id");
        assertThat(sketch("each.value[\"k\"].x")).isEqualTo("each.value[\"k\"].x");
        assertThat(sketch("a[b[c]]")).isEqualTo("a[b[c]]");
        assertThat(sketch("m[\"${k}\"]")).isEqualTo("m[\"${k}\"]");
        assertThat(sketch("a.for.if.null.true")).isEqualTo("a.for.if.null.true");
        assertThat(sketch("count.index-1")).as("a dash continues an identifier, as in HCL")
                .isEqualTo("count.index-1");
        assertThat(sketch("count.index - 1")).isEqualTo("(count.index - 1)");
    }

    @Test
    void traversalsApplyToAnyTerm() {
        assertThat(sketch("f(x).y")).isEqualTo("f(x).y");
        assertThat(sketch("[1, 2][0]")).isEqualTo("[1, 2][0]");
        assertThat(sketch("{a = 1}.a")).isEqualTo("{a=1}.a");
        assertThat(sketch("(a).b")).isEqualTo("paren(a).b");
        assertThat(sketch("\"abc\"[0]")).isEqualTo("\"abc\"[0]");
    }

    @Test
    void legacyIndexIsAnIndexWithANumberKey() {
        Expr e = expr("aws_subnet.private.0.id");
        assertThat(sketch(e)).isEqualTo("aws_subnet.private[0].id");
        Expr.Index index = (Expr.Index) ((Expr.GetAttr) e).object();
        assertThat(index.key()).isInstanceOf(Expr.NumberLit.class);
        assertThat(((Expr.NumberLit) index.key()).value()).isEqualTo(new BigDecimal(0));
    }

    @Test
    void fullSplatTakesAllFollowingSteps() {
        assertThat(sketch("a[*]")).isEqualTo("a[*]{@}");
        assertThat(sketch("a[*].b")).isEqualTo("a[*]{@.b}");
        assertThat(sketch("a[*].b[0].c")).isEqualTo("a[*]{@.b[0].c}");
        assertThat(sketch("a[*].b[*].c")).isEqualTo("a[*]{@.b[*]{@.c}}");
        assertThat(sketch("a.b[*].c")).isEqualTo("a.b[*]{@.c}");
        assertThat(sketch("a[*].b.*.c")).isEqualTo("a[*]{@.b.*{@.c}}");
    }

    @Test
    void attributeSplatTakesOnlyAttributeSteps() {
        assertThat(sketch("a.*")).isEqualTo("a.*{@}");
        assertThat(sketch("a.*.b")).isEqualTo("a.*{@.b}");
        assertThat(sketch("a.*.b.c")).isEqualTo("a.*{@.b.c}");
        assertThat(sketch("a.*.b[0]")).as("index applies to the splat result").isEqualTo("a.*{@.b}[0]");
        assertThat(sketch("a.*.b.0.c")).as("legacy index stays inside").isEqualTo("a.*{@.b[0].c}");
        Expr.Splat s = (Expr.Splat) expr("a.*.b");
        assertThat(s.full()).isFalse();
        assertThat(((Expr.Splat) expr("a[*].b")).full()).isTrue();
    }

    @Test
    void operatorPrecedenceFollowsHcl() {
        assertThat(sketch("a || b && c")).isEqualTo("(a || (b && c))");
        assertThat(sketch("a && b || c")).isEqualTo("((a && b) || c)");
        assertThat(sketch("a == b && c != d")).isEqualTo("((a == b) && (c != d))");
        assertThat(sketch("a < b == c >= d")).isEqualTo("((a < b) == (c >= d))");
        assertThat(sketch("a + b < c * d")).isEqualTo("((a + b) < (c * d))");
        assertThat(sketch("a + b * c")).isEqualTo("(a + (b * c))");
        assertThat(sketch("a * b + c")).isEqualTo("((a * b) + c)");
        assertThat(sketch("a % b / c * d")).isEqualTo("(((a % b) / c) * d)");
        assertThat(sketch("a <= b")).isEqualTo("(a <= b)");
        assertThat(sketch("a > b")).isEqualTo("(a > b)");
    }

    @Test
    void binaryOperatorsAreLeftAssociative() {
        assertThat(sketch("a - b - c")).isEqualTo("((a - b) - c)");
        assertThat(sketch("a - b + c")).isEqualTo("((a - b) + c)");
        assertThat(sketch("a / b / c")).isEqualTo("((a / b) / c)");
        assertThat(sketch("a == b == c")).isEqualTo("((a == b) == c)");
        assertThat(sketch("a || b || c")).isEqualTo("((a || b) || c)");
    }

    @Test
    void unaryBindsTighterThanBinaryButLooserThanTraversal() {
        assertThat(sketch("-a * b")).isEqualTo("((-a) * b)");
        assertThat(sketch("!a && b")).isEqualTo("((!a) && b)");
        assertThat(sketch("!a.b[0]")).isEqualTo("(!a.b[0])");
        assertThat(sketch("!!a")).isEqualTo("(!(!a))");
        assertThat(sketch("-46 + 5")).isEqualTo("((-46) + 5)");
        assertThat(sketch("a - -b")).isEqualTo("(a - (-b))");
    }

    @Test
    void conditionalIsLowestAndNestsToTheRight() {
        assertThat(sketch("a ? b : c")).isEqualTo("(a ? b : c)");
        assertThat(sketch("a || b ? c + 1 : d")).isEqualTo("((a || b) ? (c + 1) : d)");
        assertThat(sketch("a ? b : c ? d : e")).isEqualTo("(a ? b : (c ? d : e))");
        assertThat(sketch("a ? b ? c : d : e")).isEqualTo("(a ? (b ? c : d) : e)");
        assertThat(sketch("(a ? b : c) ? d : e")).isEqualTo("(paren((a ? b : c)) ? d : e)");
    }

    @Test
    void parenthesesAreKept() {
        assertThat(sketch("(a + b) * c")).isEqualTo("(paren((a + b)) * c)");
        assertThat(sketch("((a))")).isEqualTo("paren(paren(a))");
        assertThat(sketch("(\n  a\n  + b\n)")).isEqualTo("paren((a + b))");
    }

    @Test
    void functionCalls() {
        assertThat(sketch("f()")).isEqualTo("f()");
        assertThat(sketch("f(a, b)")).isEqualTo("f(a, b)");
        assertThat(sketch("f(a, b,)")).isEqualTo("f(a, b)");
        assertThat(sketch("concat(a, b...)")).isEqualTo("concat(a, b...)");
        assertThat(sketch("f(a...)")).isEqualTo("f(a...)");
        assertThat(sketch("f(g(h(1)))")).isEqualTo("f(g(h(1)))");
        assertThat(sketch("f (a)")).isEqualTo("f(a)");
        assertThat(sketch("null(1)")).as("call syntax wins over keywords, as in HCL").isEqualTo("null(1)");
        Expr.Call c = (Expr.Call) expr("f(x...)");
        assertThat(c.expandFinal()).isTrue();
        assertThat(((Expr.Call) expr("f(x)")).expandFinal()).isFalse();
    }

    @Test
    void namespacedFunctionNames() {
        Expr.Call c = (Expr.Call) expr("provider::aws::arn_parse(x)");
        assertThat(c.name()).isEqualTo("provider::aws::arn_parse");
        assertThat(sketch("core::length(x)")).isEqualTo("core::length(x)");
    }

    @Test
    void callArgumentsMaySpanLines() {
        String src = """
                x = merge(
                  local.tags,
                  {
                    Name = "web"
                  },
                )
                """;
        assertThat(sketchAttr(src, "x")).isEqualTo("merge(local.tags, {Name=\"web\"})");
        assertThat(sketchAttr("x = f(\n  a\n  ,\n  b...\n)\n", "x")).isEqualTo("f(a, b...)");
    }

    @Test
    void tuples() {
        assertThat(sketch("[]")).isEqualTo("[]");
        assertThat(sketch("[1]")).isEqualTo("[1]");
        assertThat(sketch("[1, \"two\", [3]]")).isEqualTo("[1, \"two\", [3]]");
        assertThat(sketch("[1, 2,]")).isEqualTo("[1, 2]");
        assertThat(sketchAttr("x = [\n  1,\n\n  2\n  ,3,\n]\n", "x")).isEqualTo("[1, 2, 3]");
        assertThat(sketchAttr("x = [\n  a\n  + b,\n]\n", "x")).as("newlines are ignored inside brackets")
                .isEqualTo("[(a + b)]");
    }

    @Test
    void objectKeyForms() {
        assertThat(sketch("{}")).isEqualTo("{}");
        assertThat(sketch("{a = 1}")).isEqualTo("{a=1}");
        assertThat(sketch("{\"a b\" = 1}")).isEqualTo("{\"a b\"=1}");
        assertThat(sketch("{(k) = 1}")).isEqualTo("{paren(k)=1}");
        assertThat(sketch("{a: 1, \"b\": 2}")).isEqualTo("{a=1, \"b\"=2}");
        assertThat(sketch("{1 = \"x\"}")).isEqualTo("{1=\"x\"}");
        assertThat(sketch("{\"${p}-x\" = 1}")).isEqualTo("{\"${p}|-x\"=1}");
        assertThat(sketch("{a.b = 1}")).as("any expression may be a key").isEqualTo("{a.b=1}");
        Expr.ObjectCons o = (Expr.ObjectCons) expr("{a = 1, \"b\" = 2, (c) = 3, 4 = 4}");
        assertThat(o.items()).extracting(Expr.ObjectItem::bareKey).containsExactly(true, false, false, false);
        assertThat(o.items().get(2).key()).isInstanceOf(Expr.Parens.class);
        assertThat(o.items().get(1).key()).isInstanceOf(Expr.Template.class);
        assertThat(o.items().get(3).key()).isInstanceOf(Expr.NumberLit.class);
    }

    @Test
    void keywordKeysAreBareNames() {
        Expr.ObjectCons o = (Expr.ObjectCons) expr("{null = 1, true = 2, false = 3, if = 4, in = 5}");
        assertThat(o.items()).allSatisfy(i -> assertThat(i.key()).isInstanceOf(Expr.Variable.class));
        assertThat(o.items()).extracting(i -> ((Expr.Variable) i.key()).name())
                .containsExactly("null", "true", "false", "if", "in");
        assertThat(((Expr.ObjectCons) expr("{(null) = 1}")).items().get(0).key()).isInstanceOf(Expr.Parens.class);
    }

    @Test
    void objectItemsSeparatedByCommasOrNewlines() {
        String src = """
                x = {
                  a = 1,
                  b = 2

                  c = 3, d = 4,
                  e: 5
                }
                """;
        assertThat(sketchAttr(src, "x")).isEqualTo("{a=1, b=2, c=3, d=4, e=5}");
        assertThat(sketchAttr("x = {\n}\n", "x")).isEqualTo("{}");
        assertThat(sketchAttr("x = { a = { b = {} } }\n", "x")).isEqualTo("{a={b={}}}");
    }

    @Test
    void objectsInsideBracketsStillSeparateItemsByNewline() {
        assertThat(sketchAttr("x = [{\n  a = 1\n  b = 2\n}]\n", "x")).isEqualTo("[{a=1, b=2}]");
        assertThat(sketchAttr("x = f({\n  a = 1\n})\n", "x")).isEqualTo("f({a=1})");
    }

    @Test
    void tupleForExpressions() {
        assertThat(sketch("[for v in x : v]")).isEqualTo("[for v in x : v]");
        assertThat(sketch("[for i, v in x : v if i > 0]")).isEqualTo("[for i, v in x : v if (i > 0)]");
        assertThat(sketch("[for v in f(x) : upper(v)]")).isEqualTo("[for v in f(x) : upper(v)]");
        Expr.For f = (Expr.For) expr("[for v in x : v]");
        assertThat(f.keyVar()).isNull();
        assertThat(f.valueVar()).isEqualTo("v");
        assertThat(f.objectResult()).isFalse();
        assertThat(f.condition()).isNull();
        assertThat(f.grouping()).isFalse();
    }

    @Test
    void objectForExpressions() {
        assertThat(sketch("{for k, v in m : k => v}")).isEqualTo("{for k, v in m : k => v}");
        assertThat(sketch("{for k, v in m : v.g => k... if v != null}"))
                .isEqualTo("{for k, v in m : v.g => k... if (v != null)}");
        assertThat(sketch("{for s in list : s.name => s}")).isEqualTo("{for s in list : s.name => s}");
        Expr.For f = (Expr.For) expr("{for k, v in m : k => v... if c}");
        assertThat(f.keyVar()).isEqualTo("k");
        assertThat(f.valueVar()).isEqualTo("v");
        assertThat(f.objectResult()).isTrue();
        assertThat(f.grouping()).isTrue();
    }

    @Test
    void forExpressionsIgnoreNewlines() {
        String src = """
                x = {
                  for name, cfg in var.buckets :
                  name => cfg
                  if cfg.enabled
                }
                y = [
                  for s in var.subnets
                  : s.id
                ]
                """;
        assertThat(sketchAttr(src, "x")).isEqualTo("{for name, cfg in var.buckets : name => cfg if cfg.enabled}");
        assertThat(sketchAttr(src, "y")).isEqualTo("[for s in var.subnets : s.id]");
    }

    @Test
    void expressionApiIgnoresNewlinesAndSurroundingSpace() throws HclParseException {
        assertThat(sketch(HclParser.parseExpression("cli", "\n  a +\n b \n"))).isEqualTo("(a + b)");
        assertThat(sketch(HclParser.parseExpression("cli", "{\n a = 1\n b = 2\n}"))).isEqualTo("{a=1, b=2}");
        assertThat(sketch(HclParser.parseExpression("cli", "\uFEFF[\"x\"] # comment"))).isEqualTo("[\"x\"]");
    }

    @Test
    void conditionalAndOperatorsAcrossLinesInsideParentheses() {
        assertThat(sketchAttr("x = (\n  a\n  ? b\n  : c\n)\n", "x")).isEqualTo("paren((a ? b : c))");
    }
}
