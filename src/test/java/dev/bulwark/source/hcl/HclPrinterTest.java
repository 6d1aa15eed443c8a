package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.HclTreeArbitraries.NO_RANGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Exact printer output for hand-built trees; the round trip through the parser is covered by {@link HclRoundTripPropertyTest}. */
class HclPrinterTest {

    // ---- strings -------------------------------------------------------------------------------

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(HclPrinter.print(str("say \"hi\"\\\n\t\r\u0001\u007f")))
                .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\r\\u0001\\u007F\"");
    }

    @Test
    void doublesTemplateOpenersButNotLoneDollarsOrPercents() {
        assertThat(HclPrinter.print(str("${a} %{b} $ % $$ {"))).isEqualTo("\"$${a} %%{b} $ % $$ {\"");
    }

    @Test
    void escapedOpenerAfterADollarKeepsTheDollar() {
        assertThat(HclPrinter.print(str("$${"))).isEqualTo("\"$$${\"");
    }

    @Test
    void keepsNonAsciiTextAsItIs() {
        assertThat(HclPrinter.print(str("é漢😀"))).isEqualTo("\"é漢😀\"");
    }

    @Test
    void dollarBeforeAnInterpolationIsWrittenAsAUnicodeEscape() {
        // "$${x}" would be the literal text "${x}", not "$" followed by an interpolation.
        Expr t = template(lit("cost: $"), interp(var("x")));
        assertThat(HclPrinter.print(t)).isEqualTo("\"cost: \\u0024${x}\"");
    }

    @Test
    void percentBeforeADirectiveIsWrittenAsAUnicodeEscape() {
        Expr t = template(lit("100%"), new Expr.Part.If(var("c"), List.of(lit("a%")), List.of(), NO_RANGE));
        assertThat(HclPrinter.print(t)).isEqualTo("\"100\\u0025%{if c}a\\u0025%{endif}\"");
    }

    @Test
    void printsDirectives() {
        Expr t = template(
                new Expr.Part.If(var("c"), List.of(lit("yes")), List.of(lit("no")), NO_RANGE),
                new Expr.Part.ForDirective("k", "v", var("m"), List.of(interp(var("k")), lit("=")), NO_RANGE),
                new Expr.Part.ForDirective(null, "v", var("l"), List.of(), NO_RANGE));
        assertThat(HclPrinter.print(t))
                .isEqualTo("\"%{if c}yes%{else}no%{endif}%{for k, v in m}${k}=%{endfor}%{for v in l}%{endfor}\"");
    }

    @Test
    void joinsSplitLiteralsBeforeEscaping() {
        // Printed separately, "$" and "{" would form an interpolation opener.
        Expr t = template(lit("$"), lit(""), lit("{x}"));
        assertThat(HclPrinter.print(t)).isEqualTo("\"$${x}\"");
    }

    // ---- heredocs ------------------------------------------------------------------------------

    @Test
    void attributeValueHeredocStaysAHeredoc() {
        Body body = body(attr("policy", heredoc(lit("line \"one\" \\ ${x}\n"), interp(var("y")), lit("\n"))));
        assertThat(HclPrinter.print(body)).isEqualTo("policy = <<EOT\nline \"one\" \\ $${x}\n${y}\nEOT\n");
    }

    @Test
    void markerAvoidsTheText() {
        Body body = body(attr("a", heredoc(lit("EOT\nEOT1\n"))));
        assertThat(HclPrinter.print(body)).isEqualTo("a = <<EOT2\nEOT\nEOT1\nEOT2\n");
    }

    @Test
    void markerDependsOnTheJoinedText() {
        // The parser joins neighbouring literals, so "EOT" + "1" must count as "EOT1" here too.
        Body body = body(attr("a", heredoc(lit("EOT"), lit("1\n"))));
        assertThat(HclPrinter.print(body)).isEqualTo("a = <<EOT2\nEOT1\nEOT2\n");
    }

    @Test
    void emptyHeredoc() {
        assertThat(HclPrinter.print(body(attr("a", heredoc())))).isEqualTo("a = <<EOT\nEOT\n");
    }

    @Test
    void textWithoutFinalNewlineBecomesAQuotedString() {
        assertThat(HclPrinter.print(body(attr("a", heredoc(lit("x\ny")))))).isEqualTo("a = \"x\\ny\"\n");
    }

    @Test
    void carriageReturnBecomesAQuotedString() {
        assertThat(HclPrinter.print(body(attr("a", heredoc(lit("x\r\n")))))).isEqualTo("a = \"x\\r\\n\"\n");
    }

    @Test
    void dollarBeforeAnInterpolationNeedsTheQuotedForm() {
        // A heredoc has no escape that separates "$" from a following "${".
        Body body = body(attr("a", heredoc(lit("$"), interp(var("x")), lit("\n"))));
        assertThat(HclPrinter.print(body)).isEqualTo("a = \"\\u0024${x}\\n\"\n");
    }

    @Test
    void operandHeredocBecomesAQuotedString() {
        Expr sum = new Expr.Binary(Expr.BinaryOp.ADD, heredoc(lit("x\n")), num("1"), NO_RANGE);
        assertThat(HclPrinter.print(body(attr("a", sum)))).isEqualTo("a = \"x\\n\" + 1\n");
    }

    @Test
    void tupleItemAndCallArgumentMayBeHeredocs() {
        Expr call = new Expr.Call("f", List.of(heredoc(lit("x\n")), num("2")), false, NO_RANGE);
        assertThat(HclPrinter.print(new Expr.Tuple(List.of(call), NO_RANGE)))
                .isEqualTo("[f(<<EOT\nx\nEOT\n, 2)]");
    }

    // ---- operators -----------------------------------------------------------------------------

    @Test
    void keepsParensFromTheTree() {
        Expr e = new Expr.Binary(Expr.BinaryOp.MUL,
                new Expr.Parens(new Expr.Binary(Expr.BinaryOp.ADD, var("a"), var("b"), NO_RANGE), NO_RANGE),
                var("c"), NO_RANGE);
        assertThat(HclPrinter.print(e)).isEqualTo("(a + b) * c");
    }

    @Test
    void addsParensAHandBuiltTreeNeeds() {
        Expr sum = new Expr.Binary(Expr.BinaryOp.ADD, var("a"), var("b"), NO_RANGE);
        assertThat(HclPrinter.print(new Expr.Binary(Expr.BinaryOp.MUL, sum, var("c"), NO_RANGE)))
                .isEqualTo("(a + b) * c");
        assertThat(HclPrinter.print(new Expr.Binary(Expr.BinaryOp.SUB, var("x"), sum, NO_RANGE)))
                .isEqualTo("x - (a + b)");
        assertThat(HclPrinter.print(new Expr.Binary(Expr.BinaryOp.SUB, sum, var("x"), NO_RANGE)))
                .isEqualTo("a + b - x");
        assertThat(HclPrinter.print(new Expr.Unary(Expr.UnaryOp.NOT, sum, NO_RANGE))).isEqualTo("!(a + b)");
        assertThat(HclPrinter.print(new Expr.GetAttr(sum, "k", NO_RANGE))).isEqualTo("(a + b).k");
    }

    @Test
    void conditionalNestsWithoutParensExceptAsCondition() {
        Expr inner = new Expr.Conditional(var("a"), var("b"), var("c"), NO_RANGE);
        assertThat(HclPrinter.print(new Expr.Conditional(var("x"), inner, inner, NO_RANGE)))
                .isEqualTo("x ? a ? b : c : a ? b : c");
        assertThat(HclPrinter.print(new Expr.Conditional(inner, var("y"), var("z"), NO_RANGE)))
                .isEqualTo("(a ? b : c) ? y : z");
    }

    @Test
    void unaryOperatorsStack() {
        Expr e = new Expr.Unary(Expr.UnaryOp.NEGATE, new Expr.Unary(Expr.UnaryOp.NEGATE, num("1"), NO_RANGE), NO_RANGE);
        assertThat(HclPrinter.print(e)).isEqualTo("--1");
    }

    @Test
    void numbersKeepTheirSpelling() {
        assertThat(HclPrinter.print(num("1.50"))).isEqualTo("1.50");
        assertThat(HclPrinter.print(num("1.2E-9"))).isEqualTo("1.2E-9");
    }

    // ---- traversals ----------------------------------------------------------------------------

    private final Expr items = var("items");

    @Test
    void fullSplatOwnsTheFollowingSteps() {
        Expr each = new Expr.GetAttr(new Expr.Index(new Expr.SplatItem(NO_RANGE), num("0"), NO_RANGE), "id", NO_RANGE);
        assertThat(HclPrinter.print(new Expr.Splat(items, each, true, NO_RANGE))).isEqualTo("items[*][0].id");
    }

    @Test
    void stepAfterAFullSplatNeedsParens() {
        Expr splat = new Expr.Splat(items, new Expr.SplatItem(NO_RANGE), true, NO_RANGE);
        assertThat(HclPrinter.print(new Expr.GetAttr(splat, "id", NO_RANGE))).isEqualTo("(items[*]).id");
    }

    @Test
    void attributeSplatUsesLegacyIndexesInsideAndBracketsAfter() {
        Expr each = new Expr.Index(new Expr.GetAttr(new Expr.SplatItem(NO_RANGE), "ids", NO_RANGE), num("2"), NO_RANGE);
        Expr splat = new Expr.Splat(items, each, false, NO_RANGE);
        assertThat(HclPrinter.print(splat)).isEqualTo("items.*.ids.2");
        assertThat(HclPrinter.print(new Expr.Index(splat, num("0"), NO_RANGE))).isEqualTo("items.*.ids.2[0]");
        assertThat(HclPrinter.print(new Expr.GetAttr(splat, "x", NO_RANGE))).isEqualTo("(items.*.ids.2).x");
    }

    @Test
    void fullSplatRightAfterAnAttributeSplatNeedsNoParens() {
        Expr attributeSplat = new Expr.Splat(items, new Expr.SplatItem(NO_RANGE), false, NO_RANGE);
        Expr full = new Expr.Splat(attributeSplat, new Expr.SplatItem(NO_RANGE), true, NO_RANGE);
        assertThat(HclPrinter.print(full)).isEqualTo("items.*[*]");
        Expr again = new Expr.Splat(attributeSplat, new Expr.SplatItem(NO_RANGE), false, NO_RANGE);
        assertThat(HclPrinter.print(again)).isEqualTo("(items.*).*");
    }

    @Test
    void legacyIndexStyleNeverChainsTwoNumbers() {
        Expr e = new Expr.GetAttr(new Expr.Index(new Expr.Index(items, num("0"), NO_RANGE), num("1"), NO_RANGE),
                "name", NO_RANGE);
        assertThat(HclPrinter.printWithLegacyIndexes(body(attr("a", e)))).isEqualTo("a = items.0[1].name\n");
        assertThat(HclPrinter.print(e)).isEqualTo("items[0][1].name");
    }

    @Test
    void numberBaseIsParenthesisedBeforeADot() {
        assertThat(HclPrinter.print(new Expr.GetAttr(num("1"), "a", NO_RANGE))).isEqualTo("(1).a");
        assertThat(HclPrinter.print(new Expr.Index(num("1"), num("0"), NO_RANGE))).isEqualTo("1[0]");
    }

    // ---- collections ---------------------------------------------------------------------------

    @Test
    void objectKeysKeepTheirForm() {
        Expr o = new Expr.ObjectCons(List.of(
                item(var("bare"), num("1")),
                item(str("quoted key"), num("2")),
                item(new Expr.Parens(var("k"), NO_RANGE), num("3")),
                item(num("4"), num("5"))), NO_RANGE);
        assertThat(HclPrinter.print(o)).isEqualTo("{ bare = 1, \"quoted key\" = 2, (k) = 3, 4 = 5 }");
        assertThat(HclPrinter.print(new Expr.ObjectCons(List.of(), NO_RANGE))).isEqualTo("{}");
    }

    @Test
    void callsWithExpansionAndProviderFunctions() {
        assertThat(HclPrinter.print(new Expr.Call("concat", List.of(var("a"), var("b")), true, NO_RANGE)))
                .isEqualTo("concat(a, b...)");
        assertThat(HclPrinter.print(new Expr.Call("provider::aws::arn_parse", List.of(str("x")), false, NO_RANGE)))
                .isEqualTo("provider::aws::arn_parse(\"x\")");
    }

    @Test
    void forExpressions() {
        Expr tuple = new Expr.For(null, "v", var("list"), null, var("v"), var("v"), false, NO_RANGE);
        assertThat(HclPrinter.print(tuple)).isEqualTo("[for v in list : v if v]");
        Expr grouped = new Expr.For("k", "v", var("map"), var("v"), var("k"), null, true, NO_RANGE);
        assertThat(HclPrinter.print(grouped)).isEqualTo("{for k, v in map : v => k...}");
    }

    @Test
    void bodyPrintsAttributesThenIndentedBlocks() {
        Block inner = new Block("ingress", List.of(), body(), NO_RANGE, NO_RANGE);
        Block outer = new Block("resource", List.of("aws_s3_bucket", "logs \"x\""),
                new Body(List.of(attr("bucket", str("b"))), List.of(inner), NO_RANGE), NO_RANGE, NO_RANGE);
        Body file = new Body(List.of(attr("x", num("1"))), List.of(outer), NO_RANGE);
        assertThat(HclPrinter.print(file)).isEqualTo("""
                x = 1
                resource "aws_s3_bucket" "logs \\"x\\"" {
                  bucket = "b"
                  ingress {}
                }
                """);
    }

    // ---- tree builders ----------------------------------------------------------------------

    private static Expr var(String name) {
        return new Expr.Variable(name, NO_RANGE);
    }

    private static Expr num(String text) {
        return new Expr.NumberLit(new BigDecimal(text), NO_RANGE);
    }

    private static Expr.Part.Literal lit(String text) {
        return new Expr.Part.Literal(text, NO_RANGE);
    }

    private static Expr.Part interp(Expr e) {
        return new Expr.Part.Interp(e, NO_RANGE);
    }

    private static Expr str(String text) {
        return template(lit(text));
    }

    private static Expr template(Expr.Part... parts) {
        return new Expr.Template(Arrays.asList(parts), false, NO_RANGE);
    }

    private static Expr heredoc(Expr.Part... parts) {
        return new Expr.Template(Arrays.asList(parts), true, NO_RANGE);
    }

    private static Expr.ObjectItem item(Expr key, Expr value) {
        return new Expr.ObjectItem(key, value, NO_RANGE);
    }

    private static Attribute attr(String name, Expr e) {
        return new Attribute(name, e, NO_RANGE, NO_RANGE);
    }

    private static Body body(Attribute... attributes) {
        return new Body(Arrays.asList(attributes), List.of(), NO_RANGE);
    }
}
