package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class HclParserErrorTest {

    private static void fails(String source, String message) {
        assertThatThrownBy(() -> HclParser.parse("main.tf", source))
                .isInstanceOf(HclParseException.class)
                .hasMessage(message);
    }

    private static void expressionFails(String source, String message) {
        assertThatThrownBy(() -> HclParser.parseExpression("cli", source))
                .isInstanceOf(HclParseException.class)
                .hasMessage(message);
    }

    @Test
    void exceptionCarriesFilePositionAndDetail() {
        HclParseException e = catchThrowableOfType(HclParseException.class,
                () -> HclParser.parse("dir/main.tf", "a = 1\nb = 2 c = 3\n"));
        assertThat(e.file()).isEqualTo("dir/main.tf");
        assertThat(e.pos()).isEqualTo(new Pos(2, 7, 12));
        assertThat(e.detail()).isEqualTo("expected a newline after the value of attribute \"b\", found \"c\"");
        assertThat(e.getMessage()).isEqualTo("dir/main.tf:2:7: " + e.detail());
    }

    @Test
    void nameWithoutEqualsOrBrace() {
        fails("""
                terraform {
                }

                resource "x" {}
                resource }
                """, "main.tf:5:10: expected \"=\" or \"{\" after attribute or block name \"resource\", found \"}\"");
        fails("a\n", "main.tf:1:2: expected \"=\" or \"{\" after attribute or block name \"a\", found newline");
        fails("a", "main.tf:1:2: expected \"=\" or \"{\" after attribute or block name \"a\", found end of file");
        fails("a + 1\n", "main.tf:1:3: expected \"=\" or \"{\" after attribute or block name \"a\", found \"+\"");
    }

    @Test
    void itemsMustStartWithAName() {
        fails("\"a\" = 1\n",
                "main.tf:1:1: expected an attribute or block name, found a quoted string (names are written without quotes)");
        fails("1 = 2\n", "main.tf:1:1: expected an attribute or block name, found \"1\"");
        fails("a {\n}\n}\n", "main.tf:3:1: unexpected \"}\": there is no open block to close");
        fails("a = 1\n.b = 2\n", "main.tf:2:1: expected an attribute or block name, found \".\"");
    }

    @Test
    void missingNewlineBetweenItems() {
        fails("a = 1 b = 2\n", "main.tf:1:7: expected a newline after the value of attribute \"a\", found \"b\"");
        fails("a = 1, b = 2\n", "main.tf:1:6: attributes must be separated by newlines, not commas");
        fails("x {\n  a = 1 }\n", "main.tf:2:9: expected a newline after the value of attribute \"a\", found \"}\"");
        fails("a {} b {}\n", "main.tf:1:6: expected a newline after the \"}\" that closes block \"a\", found \"b\"");
        fails("a {\n}}\n", "main.tf:2:2: expected a newline after the \"}\" that closes block \"a\", found \"}\"");
        fails("a = 1 /*\n*/ b = 2\n",
                "main.tf:2:4: expected a newline after the value of attribute \"a\", found \"b\"");
    }

    @Test
    void blockHeaderErrors() {
        fails("resource \"a\"\n{\n}\n",
                "main.tf:1:13: the \"{\" of block \"resource\" must be on the same line as the block type and its labels");
        fails("block \"a\" = 1\n", "main.tf:1:11: unexpected \"=\" after the labels of block \"block\" "
                + "(an attribute has no labels; a block has no \"=\")");
        fails("a \"b\" 1 {}\n", "main.tf:1:7: expected a block label or \"{\" after block type \"a\", found \"1\"");
        fails("a \"${x}\" {}\n", "main.tf:1:4: block labels cannot contain \"${\" sequences; "
                + "to write a literal \"${\", double it as \"$${\"");
        fails("a \"%{if x}\" {}\n", "main.tf:1:4: block labels cannot contain \"%{\" sequences; "
                + "to write a literal \"%{\", double it as \"%%{\"");
        fails("a { (b) }\n", "main.tf:1:5: expected a newline, \"}\" or a single attribute after the \"{\" of block \"a\", "
                + "found \"(\"");
    }

    @Test
    void singleLineBlockErrors() {
        fails("a { b = 1, c = 2 }\n",
                "main.tf:1:10: a single-line block can contain only one attribute; write one attribute per line instead");
        fails("a { b { } }\n", "main.tf:1:5: a single-line block can contain only one attribute (name = value); "
                + "put the nested block \"b\" on its own line");
        fails("a { b = 1\n}\n",
                "main.tf:1:10: a single-line block must be closed with \"}\" on the same line as its attribute");
        fails("a { b }\n", "main.tf:1:7: expected \"=\" after attribute name \"b\", found \"}\"");
        fails("a { b = 1 c }\n", "main.tf:1:11: expected \"}\" to close the single-line block \"a\", found \"c\"");
    }

    @Test
    void duplicateAttributes() {
        fails("a = 1\nb = 2\n  a = 3\n", "main.tf:3:3: attribute \"a\" was already defined at 1:1");
        fails("x {\n  a = 1\n  a = 1\n}\n", "main.tf:3:3: attribute \"a\" was already defined at 2:3");
    }

    @Test
    void endOfFileInsideBlocks() {
        fails("a = 1\nresource \"x\" \"y\" {\n  b = 1\n",
                "main.tf:4:1: unexpected end of file inside block \"resource\" opened at 2:1");
        fails("a {\n  b {\n    c = 1\n  }\n",
                "main.tf:5:1: unexpected end of file inside block \"a\" opened at 1:1");
        fails("a {\n  b {\n", "main.tf:3:1: unexpected end of file inside block \"b\" opened at 2:3");
        fails("a {", "main.tf:1:4: unexpected end of file inside block \"a\" opened at 1:1");
        fails("a { b = 1", "main.tf:1:10: unexpected end of file inside block \"a\" opened at 1:1");
    }

    @Test
    void endOfFileInsideBrackets() {
        fails("a = 1\nb = 2\nc = { x = [1, 2,\n", "main.tf:4:1: unclosed \"[\" opened at 3:11");
        fails("a = {\n  x = 1\n", "main.tf:3:1: unclosed \"{\" opened at 1:5");
        fails("a = f(1,\n", "main.tf:2:1: unclosed \"(\" opened at 1:6");
        fails("a = (1 + 2", "main.tf:1:11: unclosed \"(\" opened at 1:5");
        fails("a = x[1", "main.tf:1:8: unclosed \"[\" opened at 1:6");
        fails("a = [for x in y", "main.tf:1:16: unclosed \"[\" opened at 1:5");
        fails("x {\n  a = [\n", "main.tf:3:1: unclosed \"[\" opened at 2:7");
    }

    @Test
    void unterminatedStrings() {
        fails("a = \"abc", "main.tf:1:5: unterminated string: no closing quote before the end of the file");
        fails("a = \"abc\\", "main.tf:1:5: unterminated string: no closing quote before the end of the file");
        fails("a = \"abc\nb = 1\n", "main.tf:1:5: unterminated string: a quoted string must end on the line "
                + "where it starts (use \\n for a line break, or a heredoc such as <<EOT for multi-line text)");
        fails("x \"abc {\n}\n", "main.tf:1:3: unterminated string: a quoted string must end on the line "
                + "where it starts (use \\n for a line break, or a heredoc such as <<EOT for multi-line text)");
    }

    @Test
    void unterminatedInterpolationsAndDirectives() {
        fails("a = \"${b", "main.tf:1:9: unclosed \"${\" opened at 1:6");
        fails("a = \"${b\"\n", "main.tf:1:9: the interpolation that starts at 1:6 is missing its closing \"}\"");
        fails("a = \"${b:c}\"\n", "main.tf:1:9: expected \"}\" to end the interpolation that starts at 1:6, "
                + "found \":\" (to write a literal \"${\", use \"$${\")");
        fails("a = \"%{if b\"\n", "main.tf:1:12: expected \"}\" to end the %{if} directive, found a quoted string");
        fails("a = <<EOT\n%{ for x in y", "main.tf:2:14: unclosed \"%{\" opened at 2:1");
        fails("a = <<EOT\n%{ for x in y\nEOT\n",
                "main.tf:3:1: expected \"}\" to end the %{for} directive, found \"EOT\"");
    }

    @Test
    void heredocErrors() {
        fails("a = <<EOT\nline\n", "main.tf:1:5: heredoc <<EOT is never closed (expected a line containing only EOT)");
        fails("a = <<-EOT\n  line\n  EOTX\n",
                "main.tf:1:5: heredoc <<-EOT is never closed (expected a line containing only EOT)");
        fails("a = <<EOT\nline\nEOT", "main.tf:3:1: heredoc <<EOT is never closed: its closing marker EOT "
                + "must be followed by a newline");
        fails("a = <<EOT \nx\nEOT\n", "main.tf:1:5: heredoc introducer <<EOT must be followed directly by a newline; "
                + "the text starts on the next line");
        fails("a = << EOT\nx\nEOT\n",
                "main.tf:1:5: \"<<\" must start a heredoc: write <<EOT (or <<-EOT) followed by a newline");
    }

    @Test
    void escapeErrors() {
        fails("a = \"\\q\"\n", "main.tf:1:6: invalid escape sequence \"\\q\"; "
                + "valid escapes are \\n \\r \\t \\\" \\\\ \\uNNNN and \\UNNNNNNNN");
        fails("a = \"x\\$\"\n", "main.tf:1:7: invalid escape sequence \"\\$\"; valid escapes are \\n \\r \\t \\\" "
                + "\\\\ \\uNNNN and \\UNNNNNNNN (write $${ or %%{ for a literal ${ or %{)");
        fails("a = \"\\u12\"\n", "main.tf:1:6: \"\\u\" must be followed by exactly 4 hexadecimal digits");
        fails("a = \"\\U0001F60\"\n", "main.tf:1:6: \"\\U\" must be followed by exactly 8 hexadecimal digits");
        fails("a = \"\\uD83D\"\n", "main.tf:1:6: escape \"\\uD83D\" is not a valid Unicode character");
        fails("a = \"\\UFFFFFFFF\"\n", "main.tf:1:6: escape \"\\UFFFFFFFF\" is not a valid Unicode character");
    }

    @Test
    void templateDirectiveErrors() {
        fails("a = \"%{else}\"\n", "main.tf:1:6: %{else} without a matching %{if}");
        fails("a = \"%{endif}\"\n", "main.tf:1:6: %{endif} without a matching %{if}");
        fails("a = \"%{endfor}\"\n", "main.tf:1:6: %{endfor} without a matching %{for}");
        fails("a = \"%{if x}y\"\n", "main.tf:1:6: unclosed %{if}: expected %{endif} before the end of the template");
        fails("a = \"%{for x in y}z\"\n",
                "main.tf:1:6: unclosed %{for}: expected %{endfor} before the end of the template");
        fails("a = \"%{if x}%{endfor}\"\n",
                "main.tf:1:13: expected %{endif} to close the %{if} opened at 1:6, found %{endfor}");
        fails("a = \"%{for x in y}%{endif}\"\n",
                "main.tf:1:19: expected %{endfor} to close the %{for} opened at 1:6, found %{endif}");
        fails("a = \"%{for x in y}%{else}%{endfor}\"\n",
                "main.tf:1:19: %{else} is not valid inside the %{for} opened at 1:6; expected %{endfor}");
        fails("a = \"%{if x}%{else}%{else}%{endif}\"\n",
                "main.tf:1:20: the %{if} opened at 1:6 already has an %{else} at 1:13");
        fails("a = \"%{iff x}\"\n", "main.tf:1:8: unknown template directive \"iff\"; expected if, for, else, endif "
                + "or endfor (to write a literal \"%{\", use \"%%{\")");
        fails("a = \"%{ 1 }\"\n",
                "main.tf:1:9: expected a directive keyword (if, for, else, endif or endfor) after \"%{\", found \"1\"");
        fails("a = \"%{ for 1 in x }%{endfor}\"\n",
                "main.tf:1:13: expected a variable name after \"%{for\", found \"1\"");
        fails("a = \"%{ for a, b, c in x }%{endfor}\"\n",
                "main.tf:1:17: expected \"in\" after the %{for} variables, found \",\"");
    }

    @Test
    void expressionErrors() {
        expressionFails("", "cli:1:1: expected an expression, found end of file");
        expressionFails("1 +", "cli:1:4: expected an expression, found end of file");
        expressionFails("a b", "cli:1:3: unexpected \"b\" after the end of the expression");
        expressionFails("[1 2]", "cli:1:4: expected \",\" or \"]\" after a tuple item, found \"2\"");
        expressionFails("[,]", "cli:1:2: expected an expression, found \",\"");
        expressionFails("{a = 1 b = 2}", "cli:1:8: expected a newline, \",\" or \"}\" after an object item, found \"b\"");
        expressionFails("{a}", "cli:1:3: expected \"=\" or \":\" after an object key, found \"}\"");
        expressionFails("f(1 2)", "cli:1:5: expected \",\" or \")\" after an argument of f(), found \"2\"");
        expressionFails("f(a..., b)", "cli:1:7: expected \")\" right after \"...\" "
                + "(only the last argument can be expanded), found \",\"");
        expressionFails("ns::(1)", "cli:1:5: expected a function name after \"::\", found \"(\"");
        expressionFails("a::b", "cli:1:5: expected \"(\" after the function name \"a::b\", found end of file");
        expressionFails("(1", "cli:1:3: unclosed \"(\" opened at 1:1");
        expressionFails("(1]", "cli:1:3: expected \")\" to close the \"(\" at 1:1, found \"]\"");
        expressionFails("a[1}", "cli:1:4: expected \"]\" to close the index \"[\" at 1:2, found \"}\"");
        expressionFails("a[*.b", "cli:1:4: expected \"]\" after \"[*\", found \".\"");
        expressionFails("a ? b", "cli:1:6: expected \":\" and a false result for the conditional \"?\" at 1:3, "
                + "found end of file");
        expressionFails("a.", "cli:1:3: expected an attribute name, a number or \"*\" after \".\", found end of file");
        expressionFails("a.*.b.*.c",
                "cli:1:7: a splat cannot be nested inside an attribute-only splat \".*\"; use \"[*]\" instead");
        expressionFails("a.0.1", "cli:1:3: legacy index syntax cannot chain indexes: write [0][1] instead of .0.1");
        expressionFails("1..2", "cli:1:1: invalid number literal \"1..2\"");
        expressionFails("1e99999999999", "cli:1:1: number 1e99999999999 is out of range");
    }

    @Test
    void forExpressionErrors() {
        expressionFails("[for 1 in x : 1]", "cli:1:6: expected a variable name after \"for\", found \"1\"");
        expressionFails("[for a, 1 in x : 1]",
                "cli:1:9: expected a variable name after \",\" in a for expression, found \"1\"");
        expressionFails("[for a of x : a]", "cli:1:8: expected \"in\" after the variables of a for expression, found \"of\"");
        expressionFails("[for a in x a]", "cli:1:13: expected \":\" after the collection of a for expression, found \"a\"");
        expressionFails("[for a in x : a => a]", "cli:1:17: a tuple for expression [for ...] cannot have a key (\"=>\"); "
                + "use {for ...} to build an object");
        expressionFails("{for a in x : a}", "cli:1:16: expected \"=>\" and a value after the key of an object for "
                + "expression ({for k, v in coll : key => value}), found \"}\"");
        expressionFails("[for a in x : a...]",
                "cli:1:16: grouping (\"...\") is only valid in an object for expression {for ...}");
        expressionFails("[for a in x : a}", "cli:1:16: expected \"]\" to end the for expression at 1:1, found \"}\"");
    }

    @Test
    void lexicalErrors() {
        fails("a = 'x'\n", "main.tf:1:5: single quotes do not delimit strings in HCL; use double quotes");
        fails("a = b & c\n", "main.tf:1:7: unexpected \"&\"; the logical AND operator is written \"&&\"");
        fails("a = b | c\n", "main.tf:1:7: unexpected \"|\"; the logical OR operator is written \"||\"");
        fails("a = ${b}\n", "main.tf:1:5: \"${\" interpolation is only valid inside a quoted string or heredoc");
        fails("a = b ~ c\n", "main.tf:1:7: unexpected \"~\"; a strip marker is only valid as \"${~\", \"%{~\" or \"~}\" "
                + "in a template");
        fails("a = 1 ;\n", "main.tf:1:7: unexpected character \";\"");
        fails("a =\u00a01\n", "main.tf:1:4: unexpected character U+00A0");
        fails("a = 1\rb = 2\n", "main.tf:1:6: unexpected carriage return; line breaks must be \\n or \\r\\n");
        fails("a = 1 /* never closed\n", "main.tf:1:7: unterminated comment: \"/*\" has no matching \"*/\"");
        fails("a = \u20ac\n", "main.tf:1:5: unexpected character \"\u20ac\" (U+20AC)");
    }

    @Test
    void newlineWhereAnExpressionIsNeeded() {
        fails("a =\n1\n", "main.tf:1:4: expected an expression, found newline");
        fails("a = {\n  b =\n  1\n}\n", "main.tf:2:6: expected an expression, found newline");
        fails("a = b ?\n c : d\n", "main.tf:1:8: expected an expression, found newline");
    }
}
