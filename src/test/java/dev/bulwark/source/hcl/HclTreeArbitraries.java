package dev.bulwark.source.hcl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * Random syntax trees that HCL native syntax can express. Operator nesting is left free here;
 * {@link PrecedenceParens} then inserts the {@link Expr.Parens} nodes a source text would need.
 * Traversal chains are built step by step the way the parser groups them, so splats always own
 * the steps that follow them.
 */
final class HclTreeArbitraries {
    /** Ranges play no part in the comparison; every generated node carries this one. */
    static final Range NO_RANGE = new Range(Pos.START, Pos.START);

    /** Words HCL reads as something other than a variable, a bare object key or a function name. */
    static final Set<String> RESERVED = Set.of("for", "in", "if", "null", "true", "false", "else", "endif", "endfor");

    private static final int MAX_EXPR_DEPTH = 3;
    private static final int MAX_BLOCK_DEPTH = 2;

    private final List<Arbitrary<Expr>> exprsByDepth = new ArrayList<>();

    HclTreeArbitraries() {
        exprsByDepth.add(shallow(leaf()));
        for (int depth = 1; depth <= MAX_EXPR_DEPTH; depth++) {
            exprsByDepth.add(shallow(composite(exprsByDepth.get(depth - 1))));
        }
    }

    Arbitrary<Body> bodies() {
        return body(MAX_BLOCK_DEPTH).map(PrecedenceParens::insert);
    }

    Arbitrary<Expr> expressions() {
        return exprsByDepth.get(MAX_EXPR_DEPTH).map(PrecedenceParens::insert);
    }

    /**
     * jqwik looks up the generator of each {@code frequencyOf} choice by a structural hash of the
     * chosen arbitrary, recomputed every time; for deep recursive arbitraries that hash dominated
     * the run time. This wrapper hashes by identity and builds its generator once per size. It
     * also has no edge cases: those of nested arbitraries combine multiplicatively and cost far
     * more time than they find for trees.
     */
    private static <T> Arbitrary<T> shallow(Arbitrary<T> arbitrary) {
        Map<Integer, RandomGenerator<T>> generators = new ConcurrentHashMap<>();
        return Arbitraries.fromGeneratorWithSize(size -> generators.computeIfAbsent(size, arbitrary::generator));
    }

    // ---- structure ------------------------------------------------------------------------

    private Arbitrary<Body> body(int blockDepth) {
        return shallow(bodyOfDepth(blockDepth));
    }

    private Arbitrary<Body> bodyOfDepth(int blockDepth) {
        Arbitrary<List<Attribute>> attributes = Combinators
                .combine(nameOrKeyword(), exprsByDepth.get(MAX_EXPR_DEPTH))
                .as((name, expr) -> new Attribute(name, expr, NO_RANGE, NO_RANGE))
                .list().ofMaxSize(4).uniqueElements(Attribute::name);
        Arbitrary<List<Block>> blocks = blockDepth == 0
                ? Arbitraries.just(List.of())
                : block(blockDepth - 1).list().ofMaxSize(3);
        return Combinators.combine(attributes, blocks).as((a, b) -> new Body(a, b, NO_RANGE));
    }

    private Arbitrary<Block> block(int blockDepth) {
        Arbitrary<String> label = Arbitraries.frequencyOf(
                Tuple.of(3, identifiers()),
                Tuple.of(2, literalText()));
        return Combinators.combine(nameOrKeyword(), label.list().ofMaxSize(3), body(blockDepth))
                .as((type, labels, body) -> new Block(type, labels, body, NO_RANGE, NO_RANGE));
    }

    // ---- expressions ----------------------------------------------------------------------

    private Arbitrary<Expr> leaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new Expr.NullLit(NO_RANGE))),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> new Expr.BoolLit(b, NO_RANGE))),
                Tuple.of(3, numbers().map(HclTreeArbitraries::number)),
                Tuple.of(3, literalText().map(HclTreeArbitraries::plainString)),
                Tuple.of(4, variables()));
    }

    private Arbitrary<Expr> composite(Arbitrary<Expr> sub) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf()),
                Tuple.of(3, template(sub)),
                Tuple.of(2, sub.list().ofMaxSize(3).map(items -> new Expr.Tuple(items, NO_RANGE))),
                Tuple.of(2, object(sub)),
                Tuple.of(4, traversal(sub)),
                Tuple.of(2, call(sub)),
                Tuple.of(1, Combinators.combine(sub, sub, sub)
                        .as((c, t, f) -> new Expr.Conditional(c, t, f, NO_RANGE))),
                Tuple.of(3, Combinators.combine(Arbitraries.of(Expr.BinaryOp.class), sub, sub)
                        .as((op, l, r) -> new Expr.Binary(op, l, r, NO_RANGE))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(Expr.UnaryOp.class), sub)
                        .as((op, operand) -> new Expr.Unary(op, operand, NO_RANGE))),
                Tuple.of(1, sub.map(inner -> new Expr.Parens(inner, NO_RANGE))),
                Tuple.of(2, forExpression(sub)));
    }

    private Arbitrary<Expr> template(Arbitrary<Expr> sub) {
        Arbitrary<List<Expr.Part>> parts = templateParts(sub, 2);
        return Combinators.combine(parts, Arbitraries.of(true, false)).as((p, heredoc) -> {
            // A heredoc's text ends with a newline unless the printer has to fall back to quotes.
            List<Expr.Part> all = new ArrayList<>(p);
            if (heredoc) {
                all.add(new Expr.Part.Literal("\n", NO_RANGE));
            }
            return new Expr.Template(all, heredoc, NO_RANGE);
        });
    }

    private Arbitrary<List<Expr.Part>> templateParts(Arbitrary<Expr> sub, int directiveDepth) {
        Arbitrary<Expr.Part> literal = literalText().map(t -> new Expr.Part.Literal(t, NO_RANGE));
        Arbitrary<Expr.Part> interp = sub.map(e -> new Expr.Part.Interp(e, NO_RANGE));
        if (directiveDepth == 0) {
            return Arbitraries.frequencyOf(Tuple.of(3, literal), Tuple.of(2, interp)).list().ofMaxSize(4);
        }
        Arbitrary<List<Expr.Part>> nested = templateParts(sub, directiveDepth - 1);
        Arbitrary<Expr.Part> ifDirective = Combinators.combine(sub, nested, nested)
                .as((c, then, otherwise) -> new Expr.Part.If(c, then, otherwise, NO_RANGE));
        Arbitrary<Expr.Part> forDirective = Combinators.combine(iterationVariables(), sub, nested)
                .as((vars, coll, body) -> new Expr.Part.ForDirective(vars.get(0), vars.get(1), coll, body, NO_RANGE));
        return Arbitraries.frequencyOf(
                Tuple.of(4, literal), Tuple.of(3, interp), Tuple.of(1, ifDirective), Tuple.of(1, forDirective))
                .list().ofMaxSize(4);
    }

    private Arbitrary<Expr> object(Arbitrary<Expr> sub) {
        Arbitrary<Expr> key = Arbitraries.frequencyOf(
                Tuple.of(4, variables()),
                Tuple.of(2, literalText().map(HclTreeArbitraries::plainString)),
                Tuple.of(1, templateParts(sub, 0).map(p -> new Expr.Template(p, false, NO_RANGE))),
                Tuple.of(2, sub.map(e -> new Expr.Parens(e, NO_RANGE))),
                Tuple.of(1, numbers().map(HclTreeArbitraries::number)));
        return Combinators.combine(key, sub).as((k, v) -> new Expr.ObjectItem(k, v, NO_RANGE))
                .list().ofMaxSize(3).map(items -> new Expr.ObjectCons(items, NO_RANGE));
    }

    private Arbitrary<Expr> call(Arbitrary<Expr> sub) {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                Tuple.of(5, identifiers()),
                Tuple.of(1, Combinators.combine(identifiers(), identifiers()).as((p, f) -> "provider::" + p + "::" + f)));
        return Combinators.combine(name, sub.list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((n, args, expand) -> new Expr.Call(n, args, expand && !args.isEmpty(), NO_RANGE));
    }

    private Arbitrary<Expr> forExpression(Arbitrary<Expr> sub) {
        return Combinators.combine(iterationVariables(), sub, sub.injectNull(0.5), sub, sub.injectNull(0.6),
                        Arbitraries.of(true, false))
                .as((vars, coll, key, value, cond, group) ->
                        new Expr.For(vars.get(0), vars.get(1), coll, key, value, cond, group && key != null, NO_RANGE));
    }

    /** [keyVar or null, valueVar], never the same name twice. */
    private Arbitrary<List<String>> iterationVariables() {
        return Combinators.combine(identifiers().injectNull(0.5), identifiers())
                .as((k, v) -> java.util.Arrays.asList(k, v))
                .filter(vars -> !vars.get(1).equals(vars.get(0)));
    }

    // ---- traversals -----------------------------------------------------------------------

    /** One step after a value: {@code .name}, {@code [key]}, {@code [*]} or {@code .*} with its own steps. */
    private sealed interface Step {
        record Attr(String name) implements Step {}

        record Index(Expr key) implements Step {}

        record FullSplat() implements Step {}

        /** {@code .0}: only generated inside an attribute-only splat, where it is the only index form. */
        record LegacyIndex(int index) implements Step {}

        /** {@code .*} followed by {@link Attr} and {@link LegacyIndex} steps. */
        record AttrSplat(List<Step> steps) implements Step {}
    }

    private Arbitrary<Expr> traversal(Arbitrary<Expr> sub) {
        Arbitrary<Expr> base = Arbitraries.frequencyOf(
                Tuple.of(6, variables()),
                Tuple.of(1, sub.map(e -> new Expr.Parens(e, NO_RANGE))),
                Tuple.of(1, sub.list().ofMaxSize(2).map(items -> new Expr.Tuple(items, NO_RANGE))),
                Tuple.of(1, identifiers().map(f -> new Expr.Call(f, List.of(), false, NO_RANGE))));
        Arbitrary<Expr> indexKey = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 30).map(i -> number(BigDecimal.valueOf(i)))),
                Tuple.of(2, sub));
        Arbitrary<Step> attrSplatStep = Arbitraries.frequencyOf(
                Tuple.of(3, nameOrKeyword().map(Step.Attr::new)),
                Tuple.of(1, Arbitraries.integers().between(0, 30).map(Step.LegacyIndex::new)));
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(5, nameOrKeyword().map(Step.Attr::new)),
                Tuple.of(3, indexKey.map(Step.Index::new)),
                Tuple.of(1, Arbitraries.just(new Step.FullSplat())),
                Tuple.of(1, attrSplatStep.list().ofMaxSize(3).map(Step.AttrSplat::new)));
        return Combinators.combine(base, step.list().ofMinSize(1).ofMaxSize(4)).as(HclTreeArbitraries::chain);
    }

    /** Applies steps the way the parser groups them: a splat owns what follows it. */
    private static Expr chain(Expr base, List<Step> steps) {
        Expr current = base;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step instanceof Step.Attr a) {
                current = current instanceof Expr.Splat s && !s.full()
                        ? new Expr.Splat(s.source(), new Expr.GetAttr(s.each(), a.name(), NO_RANGE), false, NO_RANGE)
                        : new Expr.GetAttr(current, a.name(), NO_RANGE);
            } else if (step instanceof Step.Index ix) {
                current = new Expr.Index(current, ix.key(), NO_RANGE);
            } else if (step instanceof Step.FullSplat) {
                Expr each = chain(new Expr.SplatItem(NO_RANGE), steps.subList(i + 1, steps.size()));
                return new Expr.Splat(current, each, true, NO_RANGE);
            } else if (step instanceof Step.AttrSplat as && !(current instanceof Expr.Splat s && !s.full())) {
                // ".*.*" is not HCL, so a second attribute-only splat in a row is dropped.
                current = new Expr.Splat(current, attributeSplatEach(as.steps()), false, NO_RANGE);
            }
        }
        return current;
    }

    private static Expr attributeSplatEach(List<Step> steps) {
        Expr each = new Expr.SplatItem(NO_RANGE);
        for (Step step : steps) {
            if (step instanceof Step.Attr a) {
                each = new Expr.GetAttr(each, a.name(), NO_RANGE);
            } else if (step instanceof Step.LegacyIndex li && !(each instanceof Expr.Index)) {
                // ".0.1" would scan as the number 0.1, so two legacy indexes never follow each other.
                each = new Expr.Index(each, number(BigDecimal.valueOf(li.index())), NO_RANGE);
            }
        }
        return each;
    }

    // ---- names, text and numbers ----------------------------------------------------------

    private Arbitrary<Expr> variables() {
        return identifiers().map(n -> new Expr.Variable(n, NO_RANGE));
    }

    private static final Arbitrary<String> IDENTIFIERS = shallow(newIdentifiers());
    private static final Arbitrary<String> LITERAL_TEXT = shallow(newLiteralText());

    /** Identifiers usable anywhere, including a few with dashes, underscores and non-ASCII letters. */
    static Arbitrary<String> identifiers() {
        return IDENTIFIERS;
    }

    /** Text that exercises escaping: quotes, backslashes, control characters, template openers, unicode. */
    static Arbitrary<String> literalText() {
        return LITERAL_TEXT;
    }

    private static Arbitrary<String> newIdentifiers() {
        Arbitrary<String> familiar = Arbitraries.of("a", "b", "x", "var", "each", "count", "local", "aws_s3_bucket",
                "for_each", "iff", "format", "in_", "nullable", "truex", "_", "_x", "a-b", "a-", "x1", "é", "ñandú",
                "Δx", "漢字");
        Arbitrary<String> random = Combinators.combine(
                        Arbitraries.strings().withChars("abcxyzABZ_éΩ").ofLength(1),
                        Arbitraries.strings().withChars("abcdefxyz0129_-éß").ofMaxLength(6))
                .as(String::concat);
        return Arbitraries.frequencyOf(Tuple.of(3, familiar), Tuple.of(2, random)).filter(n -> !RESERVED.contains(n));
    }

    /** Attribute names, block types and ".name" steps may also be words reserved elsewhere. */
    private static Arbitrary<String> nameOrKeyword() {
        return Arbitraries.frequencyOf(Tuple.of(12, identifiers()), Tuple.of(1, Arbitraries.of(RESERVED)));
    }

    private static Arbitrary<String> newLiteralText() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcdeXYZ 019.,-").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> tricky = Arbitraries.of("\"", "\\", "\n", "\t", "\r", "\r\n", "\u0001", "\u007f", "é",
                "漢", "😀", "${", "%{", "$${", "%%{", "$", "%", "$$", "{", "}", "}}", "~", "\\n", "EOT", "  EOT\n",
                "\u2028", " ", "'", "#", "//", "/*", "<<EOT");
        return Arbitraries.frequencyOf(Tuple.of(3, words), Tuple.of(2, tricky))
                .list().ofMaxSize(4).map(chunks -> String.join("", chunks));
    }

    private static Arbitrary<BigDecimal> numbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 1000).map(BigDecimal::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18), BigInteger.TEN.pow(30))
                        .map(BigDecimal::new)),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(1, 5))
                        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))),
                // Scales that make BigDecimal.toString use an exponent: 1.2E-9, 4E+3.
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.of(-4, -1, 9, 12))
                        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))));
    }

    private static Expr number(BigDecimal value) {
        return new Expr.NumberLit(value, NO_RANGE);
    }

    private static Expr plainString(String text) {
        return new Expr.Template(List.of(new Expr.Part.Literal(text, NO_RANGE)), false, NO_RANGE);
    }
}
