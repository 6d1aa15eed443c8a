package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.NativeSyntaxSketch.attr;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.expr;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.parts;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.sketch;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.sketchAttr;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HclParserTemplateTest {

    private static String literal(String source) {
        Expr.Template t = (Expr.Template) expr(source);
        assertThat(t.parts()).hasSize(1);
        return ((Expr.Part.Literal) t.parts().get(0)).text();
    }

    @Test
    void plainStringIsOneLiteral() {
        assertThat(literal("\"hello world\"")).isEqualTo("hello world");
        assertThat(((Expr.Template) expr("\"x\"")).heredoc()).isFalse();
    }

    @Test
    void emptyStringIsOneEmptyLiteral() {
        assertThat(literal("\"\"")).isEmpty();
    }

    @Test
    void escapes() {
        assertThat(literal("\"a\\nb\\rc\\td\\\"e\\\\f\"")).isEqualTo("a\nb\rc\td\"e\\f");
        assertThat(literal("\"\\u00e9\\u20AC\"")).isEqualTo("é€");
        assertThat(literal("\"\\U0001F600\"")).isEqualTo("😀");
        assertThat(literal("\"\\u0041BC\"")).isEqualTo("ABC");
    }

    @Test
    void templateSequenceEscapes() {
        assertThat(literal("\"$${not.interp}\"")).isEqualTo("${not.interp}");
        assertThat(literal("\"%%{not a directive}\"")).isEqualTo("%{not a directive}");
        assertThat(literal("\"$$$${x}\"")).isEqualTo("$$${x}");
        assertThat(literal("\"100% $5 $$ %% }\"")).isEqualTo("100% $5 $$ %% }");
    }

    @Test
    void loneDollarAndPercentAreText() {
        assertThat(literal("\"cost: $\"")).isEqualTo("cost: $");
        assertThat(literal("\"50%\"")).isEqualTo("50%");
        assertThat(literal("\"$x %y\"")).isEqualTo("$x %y");
    }

    @Test
    void interpolation() {
        assertThat(sketch("\"a${b}c\"")).isEqualTo("\"a|${b}|c\"");
        assertThat(sketch("\"${a}${b}\"")).isEqualTo("\"${a}|${b}\"");
        assertThat(sketch("\"${a.b[0] + 1}\"")).isEqualTo("\"${(a.b[0] + 1)}\"");
        assertThat(sketch("\"${ {a = 1}.a }\"")).isEqualTo("\"${{a=1}.a}\"");
        assertThat(sketch("\"${\"nested ${x}\"}\"")).isEqualTo("\"${\"nested |${x}\"}\"");
        assertThat(sketch("\"${\n  a\n  + b\n}\"")).as("newlines are allowed inside interpolation")
                .isEqualTo("\"${(a + b)}\"");
    }

    @Test
    void singleInterpolationIsTheOnlyPart() {
        Expr.Template t = (Expr.Template) expr("\"${var.list}\"");
        assertThat(t.parts()).hasSize(1);
        assertThat(t.parts().get(0)).isInstanceOf(Expr.Part.Interp.class);
    }

    @Test
    void ifDirective() {
        assertThat(sketch("\"%{if a}yes%{endif}\"")).isEqualTo("\"%{if a}yes%{endif}\"");
        assertThat(sketch("\"%{ if a }yes%{ else }no%{ endif }\"")).isEqualTo("\"%{if a}yes%{else}no%{endif}\"");
        Expr.Part.If p = (Expr.Part.If) ((Expr.Template) expr("\"%{if a}x%{endif}\"")).parts().get(0);
        assertThat(p.elseParts()).isEmpty();
        Expr.Part.If empty = (Expr.Part.If) ((Expr.Template) expr("\"%{if a}%{else}%{endif}\"")).parts().get(0);
        assertThat(empty.thenParts()).isEmpty();
        assertThat(empty.elseParts()).isEmpty();
    }

    @Test
    void forDirective() {
        assertThat(sketch("\"%{for v in list}${v},%{endfor}\"")).isEqualTo("\"%{for v in list}${v}|,%{endfor}\"");
        assertThat(sketch("\"%{ for k, v in map }${k}=${v} %{ endfor }\""))
                .isEqualTo("\"%{for k, v in map}${k}|=|${v}| %{endfor}\"");
        Expr.Part.ForDirective f =
                (Expr.Part.ForDirective) ((Expr.Template) expr("\"%{for v in l}x%{endfor}\"")).parts().get(0);
        assertThat(f.keyVar()).isNull();
        assertThat(f.valueVar()).isEqualTo("v");
    }

    @Test
    void directivesNest() {
        assertThat(sketch("\"%{for x in xs}%{if x}[${x}]%{else}-%{endif}%{endfor}!\""))
                .isEqualTo("\"%{for x in xs}%{if x}[|${x}|]%{else}-%{endif}%{endfor}|!\"");
    }

    @Test
    void stripMarkersTrimNeighbouringLiterals() {
        assertThat(sketch("\"a  ${~ b ~}  c\"")).isEqualTo("\"a|${b}|c\"");
        assertThat(sketch("\"a  ${~b}  c\"")).isEqualTo("\"a|${b}|  c\"");
        assertThat(sketch("\"a  ${b~}  c\"")).isEqualTo("\"a  |${b}|c\"");
        assertThat(sketch("\"x \\n\\t ${~b}\"")).as("escaped whitespace is trimmed too").isEqualTo("\"x|${b}\"");
        assertThat(sketch("\" ${~b}\"")).as("a literal trimmed empty stays, as in HCL").isEqualTo("\"|${b}\"");
        assertThat(sketch("\"a %{~ if c ~} b %{~ else ~} d %{~ endif ~} e\""))
                .isEqualTo("\"a|%{if c}b%{else}d%{endif}|e\"");
    }

    @Test
    void stripMarkersTrimNewlinesInHeredocs() {
        String src = """
                x = <<EOT
                %{ for v in list ~}
                item ${v}
                %{ endfor ~}
                done
                EOT
                """;
        assertThat(sketchAttr(src, "x")).isEqualTo("<<\"%{for v in list}item |${v}|\\n%{endfor}|done\\n\"");
        String trimmed = """
                x = <<EOT
                a
                   ${~ v ~}
                b
                EOT
                """;
        // "${~" trims only the literal before it on the same line; the earlier line keeps its newline.
        assertThat(sketchAttr(trimmed, "x")).isEqualTo("<<\"a\\n|${v}|b\\n\"");
    }

    @Test
    void stripMarkerTrimsOnlyTheAdjacentHeredocLine() {
        // Heredoc literals are read line by line, so "~}" removes just the rest of its own line.
        String src = "x = <<EOT\n${a ~}\n\n  b\nEOT\n";
        assertThat(sketchAttr(src, "x")).isEqualTo("<<\"${a}|\\n  b\\n\"");
    }

    @Test
    void heredocTextIncludesTheFinalNewline() {
        String src = """
                x = <<EOT
                line one
                  line two
                EOT
                """;
        Expr.Template t = (Expr.Template) attr(src, "x");
        assertThat(t.heredoc()).isTrue();
        assertThat(parts(t.parts())).isEqualTo("line one\\n  line two\\n");
    }

    @Test
    void emptyHeredoc() {
        Expr.Template t = (Expr.Template) attr("x = <<EOT\nEOT\n", "x");
        assertThat(t.parts()).hasSize(1);
        assertThat(((Expr.Part.Literal) t.parts().get(0)).text()).isEmpty();
        assertThat(sketchAttr("x = <<EOT\n\nEOT\n", "x")).isEqualTo("<<\"\\n\"");
    }

    @Test
    void closingMarkerMayBeIndentedOrFollowedBySpaces() {
        assertThat(sketchAttr("x = <<EOT\nhi\n    EOT\n", "x")).isEqualTo("<<\"hi\\n\"");
        assertThat(sketchAttr("x = <<EOT\nhi\nEOT  \n", "x")).isEqualTo("<<\"hi\\n\"");
    }

    @Test
    void markerTextInsideALineDoesNotCloseTheHeredoc() {
        String src = "x = <<EOT\nEOTX\n EOT EOT\nxEOT\n${v}EOT\nEOT\n";
        assertThat(sketchAttr(src, "x")).isEqualTo("<<\"EOTX\\n EOT EOT\\nxEOT\\n|${v}|EOT\\n\"");
    }

    @Test
    void heredocKeepsBackslashesAndQuotes() {
        String src = "x = <<EOT\nC:\\path\\n \"quoted\" $${x} %%{y}\nEOT\n";
        assertThat(sketchAttr(src, "x")).isEqualTo("<<\"C:\\\\path\\\\n \\\"quoted\\\" ${x} %{y}\\n\"");
    }

    @Test
    void heredocWithTemplates() {
        String src = """
                x = <<EOF
                {
                  "arn": "${aws_iam_role.r.arn}",
                  "list": [%{ for s in subnets }"${s}",%{ endfor }]
                }
                EOF
                """;
        assertThat(sketchAttr(src, "x")).isEqualTo("<<\"{\\n  \\\"arn\\\": \\\"|${aws_iam_role.r.arn}|\\\",\\n"
                + "  \\\"list\\\": [|%{for s in subnets}\\\"|${s}|\\\",%{endfor}|]\\n}\\n\"");
    }

    @Test
    void indentedHeredocRemovesSmallestCommonIndent() {
        String src = """
                x = <<-EOT
                    first
                      second
                    third
                  EOT
                """;
        assertThat(sketchAttr(src, "x")).isEqualTo("<<\"first\\n  second\\nthird\\n\"");
    }

    @Test
    void indentedHeredocIgnoresBlankLinesAndCountsTabs() {
        String src = "x = <<-EOT\n    a\n\n  \n      b\nEOT\n";
        assertThat(sketchAttr(src, "x")).as("whitespace-only lines neither count nor change")
                .isEqualTo("<<\"a\\n\\n  \\n  b\\n\"");
        assertThat(sketchAttr("x = <<-EOT\n\t\ta\n\tb\nEOT\n", "x")).isEqualTo("<<\"\\ta\\nb\\n\"");
    }

    @Test
    void indentedHeredocWithInterpolations() {
        String src = "x = <<-EOT\n    a ${b}\n      ${c} d\n    e\n    EOT\n";
        assertThat(sketchAttr(src, "x")).isEqualTo("<<\"a |${b}|\\n  |${c}| d\\ne\\n\"");
        String atLineStart = "x = <<-EOT\n    a\n${b}\n    c\nEOT\n";
        assertThat(sketchAttr(atLineStart, "x")).as("a line starting with an interpolation has no indent")
                .isEqualTo("<<\"    a\\n|${b}|\\n    c\\n\"");
    }

    @Test
    void plainHeredocKeepsIndentation() {
        assertThat(sketchAttr("x = <<EOT\n    a\n  b\nEOT\n", "x")).isEqualTo("<<\"    a\\n  b\\n\"");
    }

    @Test
    void heredocWithCrlfKeepsItsLineEndings() {
        assertThat(sketchAttr("x = <<EOT\r\none\r\ntwo\r\nEOT\r\ny = 1\r\n", "x")).isEqualTo("<<\"one\\r\\ntwo\\r\\n\"");
        assertThat(sketchAttr("x = <<-EOT\r\n  one\r\n    two\r\n  EOT\r\n", "x")).isEqualTo("<<\"one\\r\\n  two\\r\\n\"");
    }

    @Test
    void heredocsInsideCallsAndCollections() {
        String src = """
                x = jsonencode(<<EOT
                a
                EOT
                )
                y = [<<A
                text
                A
                , 1]
                """;
        assertThat(sketchAttr(src, "x")).isEqualTo("jsonencode(<<\"a\\n\")");
        assertThat(sketchAttr(src, "y")).isEqualTo("[<<\"text\\n\", 1]");
    }

    @Test
    void heredocMarkersMayBeAnyIdentifier() {
        assertThat(sketchAttr("x = <<end-of-text\nbody\nend-of-text\n", "x")).isEqualTo("<<\"body\\n\"");
        assertThat(sketchAttr("x = <<-_X1\n  body\n  _X1\n", "x")).isEqualTo("<<\"body\\n\"");
    }

    @Test
    void bareTemplateApi() throws HclParseException {
        Expr.Template t = HclParser.parseTemplate("t.tpl", "Hello ${name}!\n%{ if admin }root%{ endif }", Pos.START);
        assertThat(t.heredoc()).isFalse();
        assertThat(parts(t.parts())).isEqualTo("Hello |${name}|!\\n|%{if admin}root%{endif}");
        assertThat(parts(HclParser.parseTemplate("t", "back\\slash \"q\" $${x}", Pos.START).parts()))
                .isEqualTo("back\\\\slash \\\"q\\\" ${x}");
        assertThat(parts(HclParser.parseTemplate("t", "", Pos.START).parts())).isEmpty();
        assertThat(HclParser.parseTemplate("t", "", Pos.START).parts()).hasSize(1);
        assertThat(parts(HclParser.parseTemplate("t", "a $", Pos.START).parts())).isEqualTo("a $");
    }

    @Test
    void bareTemplateStripMarkersWorkPerLine() throws HclParseException {
        Expr.Template t = HclParser.parseTemplate("t", "%{ for x in xs ~}\n- ${x}\n%{ endfor ~}\n", Pos.START);
        assertThat(parts(t.parts())).isEqualTo("%{for x in xs}- |${x}|\\n%{endfor}|");
    }
}
