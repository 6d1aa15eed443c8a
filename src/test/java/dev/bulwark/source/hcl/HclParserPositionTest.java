package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.NativeSyntaxSketch.at;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.attr;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.body;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.expr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Positions are {@code line:column/offset}; columns count code points, offsets count UTF-8 bytes. */
class HclParserPositionTest {

    static String fixture(String name) {
        try (InputStream in = HclParserPositionTest.class.getResourceAsStream("native/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void attributeNameValueAndFileBody() {
        Body b = body("a = 1\nbb = true\n");
        Attribute a = b.attribute("a");
        assertThat(at(a.range())).isEqualTo("1:1/0-1:6/5");
        assertThat(at(a.nameRange())).isEqualTo("1:1/0-1:2/1");
        assertThat(at(a.expr().range())).isEqualTo("1:5/4-1:6/5");
        assertThat(at(b.attribute("bb").range())).isEqualTo("2:1/6-2:10/15");
        assertThat(at(b.range())).isEqualTo("1:1/0-3:1/16");
    }

    @Test
    void blockTypeLabelsAndBody() {
        Body b = body("resource \"x\" \"y\" {\n  a = 1\n}\n");
        Block blk = b.blocks().get(0);
        assertThat(at(blk.range())).isEqualTo("1:1/0-3:2/28");
        assertThat(at(blk.typeRange())).isEqualTo("1:1/0-1:9/8");
        assertThat(at(blk.body().range())).isEqualTo("1:18/17-3:2/28");
        Attribute a = blk.body().attribute("a");
        assertThat(at(a.range())).isEqualTo("2:3/21-2:8/26");
        assertThat(at(body("a { b = 1 }").blocks().get(0).body().range())).isEqualTo("1:3/2-1:12/11");
    }

    @Test
    void multibyteCharactersCountOneColumnAndTheirUtf8Bytes() {
        // é is 2 bytes, ü 2, € 3, and 😀 is a surrogate pair in Java but one column and 4 bytes.
        Attribute a = body("é = \"ü€😀${x}\"\n").attribute("é");
        assertThat(at(a.nameRange())).isEqualTo("1:1/0-1:2/2");
        Expr.Template t = (Expr.Template) a.expr();
        assertThat(at(t.range())).isEqualTo("1:5/5-1:14/20");
        assertThat(at(t.parts().get(0).range())).isEqualTo("1:6/6-1:9/15");
        assertThat(at(t.parts().get(1).range())).isEqualTo("1:9/15-1:13/19");
        assertThat(at(((Expr.Part.Interp) t.parts().get(1)).expr().range())).isEqualTo("1:11/17-1:12/18");
    }

    @Test
    void positionsAfterMultibyteLinesAndComments() {
        Body b = body("# ünïcödé comment ✓\n/* 😀\n😀 */ x = \"€\" // ✓\ny = 1\n");
        assertThat(at(b.attribute("x").range())).isEqualTo("3:6/42-3:13/51");
        assertThat(at(b.attribute("y").range())).isEqualTo("4:1/59-4:6/64");
    }

    @Test
    void byteOrderMarkCountsInOffsetsButNotColumns() {
        Body b = body("\uFEFFa = 1");
        assertThat(at(b.attribute("a").range())).isEqualTo("1:1/3-1:6/8");
        assertThat(at(b.range())).isEqualTo("1:1/0-1:6/8");
    }

    @Test
    void crlfLineEndings() {
        Body b = body("a = 1\r\nb = \"x\"\r\n");
        assertThat(at(b.attribute("b").range())).isEqualTo("2:1/7-2:8/14");
        assertThat(at(b.range())).isEqualTo("1:1/0-3:1/16");
    }

    @Test
    void tabsAreOneColumn() {
        assertThat(at(body("\ta\t=\t1\n").attribute("a").expr().range())).isEqualTo("1:6/5-1:7/6");
    }

    @Test
    void expressionNodes() {
        assertThat(at(expr("a ? b : c").range())).isEqualTo("1:1/0-1:10/9");
        Expr.Binary bin = (Expr.Binary) expr("a + bc");
        assertThat(at(bin.range())).isEqualTo("1:1/0-1:7/6");
        assertThat(at(bin.rhs().range())).isEqualTo("1:5/4-1:7/6");
        assertThat(at(expr("-a").range())).isEqualTo("1:1/0-1:3/2");
        assertThat(at(expr("( a )").range())).isEqualTo("1:1/0-1:6/5");
        assertThat(at(expr("null").range())).isEqualTo("1:1/0-1:5/4");
        assertThat(at(expr("12.50").range())).isEqualTo("1:1/0-1:6/5");
        assertThat(at(expr("[1, 2]").range())).isEqualTo("1:1/0-1:7/6");
        assertThat(at(expr("[for v in x : v]").range())).isEqualTo("1:1/0-1:17/16");
        assertThat(at(expr("{for k, v in x : k => v}").range())).isEqualTo("1:1/0-1:25/24");
    }

    @Test
    void traversalNodes() {
        Expr.GetAttr g = (Expr.GetAttr) expr("var.name");
        assertThat(at(g.range())).isEqualTo("1:1/0-1:9/8");
        assertThat(at(g.object().range())).isEqualTo("1:1/0-1:4/3");
        Expr.Index i = (Expr.Index) expr("a[ 10 ]");
        assertThat(at(i.range())).isEqualTo("1:1/0-1:8/7");
        assertThat(at(i.key().range())).isEqualTo("1:4/3-1:6/5");
        Expr.Index legacy = (Expr.Index) expr("a.0");
        assertThat(at(legacy.range())).isEqualTo("1:1/0-1:4/3");
        assertThat(at(legacy.key().range())).isEqualTo("1:3/2-1:4/3");
    }

    @Test
    void splatNodes() {
        Expr.Splat full = (Expr.Splat) expr("a[*].b");
        assertThat(at(full.range())).isEqualTo("1:1/0-1:7/6");
        Expr.GetAttr each = (Expr.GetAttr) full.each();
        assertThat(at(each.range())).isEqualTo("1:2/1-1:7/6");
        assertThat(at(each.object().range())).as("the [*] marker").isEqualTo("1:2/1-1:5/4");
        Expr.Splat attrOnly = (Expr.Splat) expr("a.*.b");
        assertThat(at(attrOnly.range())).isEqualTo("1:1/0-1:6/5");
        assertThat(at(((Expr.GetAttr) attrOnly.each()).object().range())).as("the .* marker").isEqualTo("1:2/1-1:4/3");
        assertThat(at(expr("a[*]").range())).isEqualTo("1:1/0-1:5/4");
    }

    @Test
    void callAndObjectNodes() {
        assertThat(at(expr("f(1)").range())).isEqualTo("1:1/0-1:5/4");
        assertThat(at(expr("p::ns::f(x)").range())).isEqualTo("1:1/0-1:12/11");
        Expr.ObjectCons o = (Expr.ObjectCons) expr("{a = 1, \"b\" = 2}");
        assertThat(at(o.range())).isEqualTo("1:1/0-1:17/16");
        assertThat(at(o.items().get(0).range())).isEqualTo("1:2/1-1:7/6");
        assertThat(at(o.items().get(0).key().range())).isEqualTo("1:2/1-1:3/2");
        assertThat(at(o.items().get(1).key().range())).isEqualTo("1:9/8-1:12/11");
    }

    @Test
    void templatePartNodes() {
        Expr.Template t = (Expr.Template) expr("\"a${b}c\"");
        assertThat(at(t.range())).isEqualTo("1:1/0-1:9/8");
        assertThat(t.parts()).extracting(p -> at(p.range()))
                .containsExactly("1:2/1-1:3/2", "1:3/2-1:7/6", "1:7/6-1:8/7");
        Expr.Template d = (Expr.Template) expr("\"%{if c}x%{else}y%{endif}\"");
        Expr.Part.If p = (Expr.Part.If) d.parts().get(0);
        assertThat(at(p.range())).isEqualTo("1:2/1-1:26/25");
        assertThat(at(p.thenParts().get(0).range())).isEqualTo("1:9/8-1:10/9");
        Expr.Template f = (Expr.Template) expr("\"%{for v in l}${v}%{endfor}\"");
        assertThat(at(f.parts().get(0).range())).isEqualTo("1:2/1-1:28/27");
    }

    @Test
    void emptyStringHasAZeroWidthLiteralAfterTheQuote() {
        Expr.Template t = (Expr.Template) expr("\"\"");
        assertThat(at(t.parts().get(0).range())).isEqualTo("1:2/1-1:2/1");
    }

    @Test
    void heredocRunsFromIntroducerToClosingMarker() {
        Expr.Template t = (Expr.Template) attr("x = <<EOT\nab\nEOT\n", "x");
        assertThat(at(t.range())).isEqualTo("1:5/4-3:4/16");
        assertThat(at(t.parts().get(0).range())).isEqualTo("2:1/10-3:1/13");
        Expr.Template indented = (Expr.Template) attr("x = <<EOT\nab\n   EOT  \ny = 1\n", "x");
        assertThat(at(indented.range())).isEqualTo("1:5/4-3:7/19");
    }

    @Test
    void indentedHeredocLiteralStartsAfterTheRemovedIndent() {
        Expr.Template t = (Expr.Template) attr("x = <<-EOT\n    ab\n    EOT\n", "x");
        assertThat(at(t.parts().get(0).range())).isEqualTo("2:5/15-3:1/18");
    }

    @Test
    void bareTemplateStartsWhereTheCallerSays() throws HclParseException {
        Expr.Template t = HclParser.parseTemplate("f.json", "a${b}\n${c}", new Pos(5, 10, 100));
        assertThat(at(t.range())).isEqualTo("5:10/100-6:5/110");
        assertThat(t.parts()).extracting(p -> at(p.range()))
                .containsExactly("5:10/100-5:11/101", "5:11/101-5:15/105", "5:15/105-6:1/106", "6:1/106-6:5/110");
        assertThat(at(((Expr.Part.Interp) t.parts().get(1)).expr().range())).isEqualTo("5:13/103-5:14/104");
    }

    @Test
    void errorPositionsCountCodePointsAndBytes() {
        HclParseException e = catchThrowableOfType(HclParseException.class,
                () -> HclParser.parse("m.tf", "a = \"😀\" b\n"));
        assertThat(e.pos()).isEqualTo(new Pos(1, 9, 11));
        HclParseException bom = catchThrowableOfType(HclParseException.class, () -> HclParser.parse("m.tf", "\uFEFF}"));
        assertThat(bom.pos()).isEqualTo(new Pos(1, 1, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"storage.tf", "network.tf", "iam.tf", "values.tfvars"})
    void everyRangeInRealisticFilesMatchesTheSource(String name) {
        String source = fixture(name);
        List<String> problems = NativeSyntaxRangeCheck.check(source, body(source));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRangeMatchesTheSourceWithMultibyteCrlfAndBom() {
        String source = "\uFEFF# ✓ préface\r\n"
                + "resource \"aws_s3_bucket\" \"ü\" {\r\n"
                + "  bucket = \"données-${var.été}-😀\"\r\n"
                + "  tags   = { \"clé\" = \"v\", (local.k) = [for x in var.l : x.id if x != null] }\r\n"
                + "  list   = aws_instance.web[*].id\r\n"
                + "  legacy = aws_subnet.a.*.id\r\n"
                + "  sum    = -1 + 2 * (3 - 4) >= 5 ? f(a...) : provider::p::g({})\r\n"
                + "  doc = <<-EOT\r\n"
                + "    ligne ${un} 😀\r\n"
                + "      %{ if deux ~}\r\n"
                + "    trois\r\n"
                + "    %{ endif }\r\n"
                + "  EOT\r\n"
                + "  nested { x = \"é\" }\r\n"
                + "}\r\n";
        List<String> problems = NativeSyntaxRangeCheck.check(source, body(source));
        assertThat(problems).isEmpty();
    }

    @Test
    void rangeCheckerCatchesAWrongPosition() {
        // Guards the checker itself: a body whose attribute claims the wrong column must be reported.
        String source = "a = 1\n";
        Attribute real = body(source).attribute("a");
        Attribute shifted = new Attribute("a", real.expr(), real.range(),
                new Range(new Pos(1, 2, 0), real.nameRange().end()));
        Body fake = new Body(List.of(shifted), List.of(), body(source).range());
        assertThat(NativeSyntaxRangeCheck.check(source, fake)).isNotEmpty();
    }
}
