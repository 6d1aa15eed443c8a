package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated input must never make the parser throw anything but HclParseException, and
 * the exception must point inside the input. When mutated input still parses, every range in the
 * result must still match the source. Seeds are fixed so runs are repeatable.
 */
class HclParserFuzzTest {
    private static final List<String> FIXTURES = List.of("storage.tf", "network.tf", "iam.tf", "values.tfvars");

    /** Characters and fragments that matter to the lexer, so random text reaches deep states. */
    private static final List<String> FRAGMENTS = List.of(
            "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "~}", "${~", "%{~", "}", "<<EOT\n", "<<-EOT\n", "EOT\n",
            "  EOT\n", "=", "==", "=>", ":", "::", ",", ".", "...", "*", "[*]", ".*", "!", "-", "+", "?", "&&", "||",
            "#", "//", "/*", "*/", "\\", "\\n", "\\u00", "$${", "%%{", "\n", "\r\n", "\r", "\t", " ", "a", "b_c",
            "for", "in", "if", "else", "endif", "endfor", "null", "true", "0", "1.5", "1e3", "é", "😀", "\uFEFF",
            "\uD83D", "x = ", "block \"l\" {\n", "f(", "'", "$", "%", "<", ">", "0.1.2");

    @Provide
    Arbitrary<String> fragmentSoup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutatedFixture() {
        Arbitrary<String> fixture = Arbitraries.of(FIXTURES).map(HclParserPositionTest::fixture);
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE - 1),
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(0, FRAGMENTS.size() - 1))
                .as((kind, at, length, fragment) -> new int[] {kind, at, length, fragment})
                .list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(fixture, edits).as(HclParserFuzzTest::mutate);
    }

    private static String mutate(String source, List<int[]> edits) {
        StringBuilder s = new StringBuilder(source);
        for (int[] edit : edits) {
            int at = edit[1] % (s.length() + 1);
            int end = Math.min(s.length(), at + edit[2]);
            switch (edit[0]) {
                case 0 -> s.delete(at, end);
                case 1 -> s.insert(at, FRAGMENTS.get(edit[3]));
                case 2 -> s.replace(at, end, FRAGMENTS.get(edit[3]));
                case 3 -> s.insert(at, s.substring(at, end));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    private static void parsesOrFailsCleanly(String source) {
        try {
            Body body = HclParser.parse("fuzz.tf", source).body();
            assertThat(NativeSyntaxRangeCheck.check(source, body)).isEmpty();
        } catch (HclParseException e) {
            assertSane(e, source);
        }
    }

    private static void assertSane(HclParseException e, String source) {
        int bytes = source.getBytes(StandardCharsets.UTF_8).length;
        assertThat(e.pos().line()).isPositive();
        assertThat(e.pos().column()).isPositive();
        assertThat(e.pos().offset()).isBetween(0, bytes + 2);
        assertThat(e.detail()).isNotBlank();
        assertThat(e.getMessage()).startsWith(e.file() + ":" + e.pos().line() + ":" + e.pos().column() + ": ");
    }

    @Property(tries = 3000, seed = "20240611")
    void fragmentSoupNeverCrashesTheFileParser(@ForAll("fragmentSoup") String source) {
        parsesOrFailsCleanly(source);
    }

    @Property(tries = 1500, seed = "77")
    void fragmentSoupNeverCrashesTheExpressionAndTemplateParsers(@ForAll("fragmentSoup") String source) {
        try {
            HclParser.parseExpression("cli", source);
        } catch (HclParseException e) {
            assertSane(e, source);
        }
        try {
            HclParser.parseTemplate("tpl", source, Pos.START);
        } catch (HclParseException e) {
            assertSane(e, source);
        }
    }

    @Property(tries = 1000, seed = "31337")
    void arbitraryUnicodeNeverCrashes(@ForAll String source) {
        parsesOrFailsCleanly(source);
        try {
            HclParser.parseExpression("cli", source);
        } catch (HclParseException e) {
            assertSane(e, source);
        }
    }

    @Property(tries = 2000, seed = "4711")
    void mutatedRealisticFilesParseExactlyOrFailCleanly(@ForAll("mutatedFixture") String source) {
        parsesOrFailsCleanly(source);
    }
}
