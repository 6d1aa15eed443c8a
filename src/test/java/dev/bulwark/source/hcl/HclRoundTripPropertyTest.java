package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.SyntaxTreeComparison.assertSameTree;
import static dev.bulwark.source.hcl.SyntaxTreeComparison.outline;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random syntax trees printed by {@link HclPrinter} must parse back ({@link HclParser}) to the
 * same tree, and printing a re-parsed tree must give the same text again. Seeds are fixed so that
 * every run checks the same trees; change a seed (or remove it once, locally) to explore further.
 */
class HclRoundTripPropertyTest {
    private static final String FILE = "roundtrip.tf";

    /** Constructs every run must meet now and then; guards against the generator quietly losing one. */
    private static final List<String> OUTLINE_FEATURES = List.of(
            "splat [*]", "splat .*", "splat-item", "for object", "for tuple", "grouping", "for-directive", " if\n",
            "call \"provider::", "expand-final", "conditional", "binary", "unary", "parens", "index", "get-attr",
            "object", "interpolation", "block ");

    private final HclTreeArbitraries trees = new HclTreeArbitraries();

    /** jqwik reports a failing sample by its toString: the HCL text says more than the record dump. */
    record GeneratedBody(Body body) {
        @Override
        public String toString() {
            return "\n" + HclPrinter.print(body);
        }
    }

    record GeneratedExpr(Expr expr) {
        @Override
        public String toString() {
            return HclPrinter.print(expr);
        }
    }

    @Provide
    Arbitrary<GeneratedBody> bodies() {
        return trees.bodies().map(GeneratedBody::new);
    }

    @Provide
    Arbitrary<GeneratedExpr> expressions() {
        return trees.expressions().map(GeneratedExpr::new);
    }

    @Property(tries = 1000, seed = "1093")
    @StatisticsReport(onFailureOnly = true)
    void printedBodyParsesBackToTheSameTree(@ForAll("bodies") GeneratedBody generated) {
        Body body = generated.body();
        String printed = HclPrinter.print(body);
        String expected = outline(body);
        assertSameTree(expected, outline(parse(printed)), numbered(printed));

        for (String feature : OUTLINE_FEATURES) {
            Statistics.label(feature.strip()).collect(expected.contains(feature));
            Statistics.label(feature.strip()).coverage(c -> c.check(true).percentage(p -> p >= 1.0));
        }
        Statistics.label("heredoc").collect(printed.contains("<<EOT"));
        Statistics.label("heredoc").coverage(c -> c.check(true).percentage(p -> p >= 1.0));
    }

    @Property(tries = 300, seed = "2718")
    void legacyIndexFormParsesBackToTheSameTree(@ForAll("bodies") GeneratedBody generated) {
        Body body = generated.body();
        String printed = HclPrinter.printWithLegacyIndexes(body);
        assertSameTree(outline(body), outline(parse(printed)), numbered(printed));
    }

    @Property(tries = 1000, seed = "31415")
    void printedExpressionParsesBackToTheSameTree(@ForAll("expressions") GeneratedExpr generated) {
        Expr expr = generated.expr();
        String printed = HclPrinter.print(expr);
        Expr reparsed;
        try {
            reparsed = HclParser.parseExpression(FILE, printed);
        } catch (HclParseException e) {
            throw new AssertionError("printed expression does not parse: " + e.getMessage()
                    + "\nprinted text:\n" + numbered(printed), e);
        }
        assertSameTree(outline(expr), outline(reparsed), numbered(printed));
    }

    @Property(tries = 300, seed = "4242")
    void printingAParsedTreeGivesTheSameText(@ForAll("bodies") GeneratedBody generated) {
        String printed = HclPrinter.print(generated.body());
        String reprinted = HclPrinter.print(parse(printed));
        if (!reprinted.equals(printed)) {
            throw new AssertionError("printing the re-parsed tree changed the text\n"
                    + SyntaxTreeComparison.firstDifference(printed, reprinted)
                    + "first printing:\n" + numbered(printed) + "\nsecond printing:\n" + numbered(reprinted));
        }
    }

    private static Body parse(String printed) {
        try {
            return HclParser.parse(FILE, printed).body();
        } catch (HclParseException e) {
            throw new AssertionError("printed text does not parse: " + e.getMessage()
                    + "\nprinted text:\n" + numbered(printed), e);
        }
    }

    /** Line numbers make a parser's "file:line:column" message easy to follow. */
    private static String numbered(String text) {
        StringBuilder b = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.append(String.format("%4d | %s%n", i + 1, lines[i]));
        }
        return b.toString();
    }
}
