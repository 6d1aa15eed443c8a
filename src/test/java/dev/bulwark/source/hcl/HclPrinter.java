package dev.bulwark.source.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a syntax tree as HCL native syntax that {@link HclParser} reads back to the same tree
 * (ranges aside). Layout choices:
 * <ul>
 *   <li>A body prints its attributes first, then its blocks ({@link Body} keeps them in separate
 *       lists), indented by two spaces per level. Block labels are always quoted; a block with an
 *       empty body prints on one line as {@code type "label" {}}.</li>
 *   <li>Tuples, objects, calls and for expressions print on one line; objects as
 *       {@code { a = 1, "b c" = 2, (k) = 3 }}, each key in the form the tree holds.</li>
 *   <li>A template marked {@code heredoc} prints as {@code <<EOT} ... {@code EOT} (with a marker
 *       that occurs nowhere in its text) when it is an attribute value, a tuple item, a call
 *       argument, inside parentheses or the whole printed expression, and its text ends with a
 *       newline and holds no control character other than newline and tab. Anywhere else it
 *       prints as a quoted string with the same value, because the newline after a heredoc's
 *       closing marker would end the surrounding construct.</li>
 *   <li>Quoted strings escape {@code \ " \n \r \t} and other control characters ({@code \u005Cu0001}),
 *       write <code>${</code> / <code>%{</code> as <code>$${</code> / <code>%%{</code>, and write a {@code $} or
 *       {@code %} that ends a literal right before an interpolation or directive as
 *       {@code \u005Cu0024} / {@code \u005Cu0025} (doubling it would turn the pair into an escape).
 *       Other non-ASCII text is kept as it is.</li>
 *   <li>Numbers print with {@link BigDecimal#toString()}, keeping their spelling: {@code 1.50},
 *       {@code 1.2E-9}.</li>
 *   <li>{@link Expr.Parens} nodes are kept. The printer adds parentheses of its own only where a
 *       tree built by hand would otherwise read back with a different shape (for example
 *       {@code Binary(MUL, Binary(ADD, a, b), c)} without a Parens node); a parsed tree never
 *       needs them.</li>
 *   <li>{@link Expr.Index} with a number key prints as {@code x[0]}: the tree does not record
 *       whether the source used the legacy {@code x.0} form, and both read back the same. Inside
 *       an attribute-only splat ({@code x.*.a.0}) the legacy form is the only one possible, so it
 *       is used there.</li>
 * </ul>
 */
final class HclPrinter {
    private static final int CONDITIONAL_LEVEL = 0;
    private static final int UNARY_LEVEL = 7;
    private static final int POSTFIX_LEVEL = 8;
    private static final int PRIMARY_LEVEL = 9;
    private static final String INDENT = "  ";

    private HclPrinter() {}

    /** Prints a whole file or block body, one attribute or block per line. */
    public static String print(Body body) {
        Writer w = new Writer(false);
        w.body(body, 0);
        return w.out.toString();
    }

    /** Prints a single expression, e.g. for showing a value that could not be determined. */
    public static String print(Expr expr) {
        Writer w = new Writer(false);
        w.expr(expr, CONDITIONAL_LEVEL, true);
        return w.out.toString();
    }

    /** Like {@link #print(Body)} but writes number indexes in the legacy {@code x.0} form where the syntax allows. */
    static String printWithLegacyIndexes(Body body) {
        Writer w = new Writer(true);
        w.body(body, 0);
        return w.out.toString();
    }

    /**
     * How tightly an expression binds: an operand printed where a higher level is required needs
     * parentheses. Binary operators sit between conditional (0) and unary (7) at their precedence.
     */
    static int level(Expr e) {
        if (e instanceof Expr.Conditional) {
            return CONDITIONAL_LEVEL;
        } else if (e instanceof Expr.Binary b) {
            return b.op().precedence;
        } else if (e instanceof Expr.Unary || e instanceof Expr.NumberLit n && n.value().signum() < 0) {
            return UNARY_LEVEL; // a negative number can only be written as "-" applied to a number
        } else if (e instanceof Expr.GetAttr || e instanceof Expr.Index || e instanceof Expr.Splat) {
            return POSTFIX_LEVEL;
        }
        return PRIMARY_LEVEL;
    }

    /** Joins neighbouring literals and drops empty ones, so a literal is always followed by a non-literal or the end. */
    static List<Expr.Part> mergeLiterals(List<Expr.Part> parts) {
        List<Expr.Part> merged = new ArrayList<>(parts.size());
        for (Expr.Part p : parts) {
            if (p instanceof Expr.Part.Literal l) {
                if (l.text().isEmpty()) {
                    continue;
                }
                if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Expr.Part.Literal prev) {
                    merged.set(merged.size() - 1,
                            new Expr.Part.Literal(prev.text() + l.text(), Range.between(prev.range(), l.range())));
                    continue;
                }
            }
            merged.add(p);
        }
        return merged;
    }

    private static boolean isDirective(Expr.Part p) {
        return p instanceof Expr.Part.If || p instanceof Expr.Part.ForDirective;
    }

    /** Where a traversal step is printed: attribute-only splats accept only {@code .name} and {@code .0} steps. */
    private enum Chain { NORMAL, ATTRIBUTE_SPLAT }

    private static final class Writer {
        final StringBuilder out = new StringBuilder();
        final boolean legacyIndexes;

        Writer(boolean legacyIndexes) {
            this.legacyIndexes = legacyIndexes;
        }

        void body(Body body, int depth) {
            String indent = INDENT.repeat(depth);
            for (Attribute a : body.attributes()) {
                out.append(indent).append(a.name()).append(" = ");
                expr(a.expr(), CONDITIONAL_LEVEL, true);
                endLine();
            }
            for (Block b : body.blocks()) {
                out.append(indent).append(b.type());
                for (String label : b.labels()) {
                    out.append(" \"");
                    quotedLiteral(label, false, false);
                    out.append('"');
                }
                if (b.body().attributes().isEmpty() && b.body().blocks().isEmpty()) {
                    out.append(" {}\n");
                } else {
                    out.append(" {\n");
                    body(b.body(), depth + 1);
                    out.append(indent).append("}\n");
                }
            }
        }

        /** A heredoc already ends its line; anything else needs a newline. */
        private void endLine() {
            if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        /**
         * @param minLevel  the binding strength the position requires (see {@link #level})
         * @param heredocOk whether a newline right after this expression is harmless
         */
        void expr(Expr e, int minLevel, boolean heredocOk) {
            if (level(e) < minLevel) {
                parenthesised(e);
            } else if (e instanceof Expr.NullLit) {
                out.append("null");
            } else if (e instanceof Expr.BoolLit b) {
                out.append(b.value());
            } else if (e instanceof Expr.NumberLit n) {
                out.append(n.value().toString());
            } else if (e instanceof Expr.Template t) {
                template(t, heredocOk);
            } else if (e instanceof Expr.Variable v) {
                out.append(v.name());
            } else if (e instanceof Expr.GetAttr || e instanceof Expr.Index || e instanceof Expr.Splat
                    || e instanceof Expr.SplatItem) {
                postfix(e, Chain.NORMAL);
            } else if (e instanceof Expr.Tuple t) {
                tuple(t);
            } else if (e instanceof Expr.ObjectCons o) {
                object(o);
            } else if (e instanceof Expr.Call c) {
                call(c);
            } else if (e instanceof Expr.Conditional c) {
                expr(c.condition(), CONDITIONAL_LEVEL + 1, false);
                out.append(" ? ");
                expr(c.trueResult(), CONDITIONAL_LEVEL, false);
                out.append(" : ");
                expr(c.falseResult(), CONDITIONAL_LEVEL, false);
            } else if (e instanceof Expr.Binary b) {
                // Left-associative: an operation of equal precedence may sit on the left only.
                expr(b.lhs(), b.op().precedence, false);
                out.append(' ').append(b.op().symbol).append(' ');
                expr(b.rhs(), b.op().precedence + 1, false);
            } else if (e instanceof Expr.Unary u) {
                out.append(u.op().symbol);
                expr(u.operand(), UNARY_LEVEL, false);
            } else if (e instanceof Expr.Parens p) {
                parenthesised(p.inner());
            } else if (e instanceof Expr.For f) {
                forExpr(f);
            } else {
                throw new IllegalArgumentException("unknown expression node " + e.getClass().getName());
            }
        }

        private void parenthesised(Expr inner) {
            out.append('(');
            expr(inner, CONDITIONAL_LEVEL, true);
            out.append(')');
        }

        private void tuple(Expr.Tuple t) {
            out.append('[');
            for (int i = 0; i < t.items().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                expr(t.items().get(i), CONDITIONAL_LEVEL, true);
            }
            out.append(']');
        }

        private void object(Expr.ObjectCons o) {
            if (o.items().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{ ");
            for (int i = 0; i < o.items().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                Expr.ObjectItem item = o.items().get(i);
                expr(item.key(), CONDITIONAL_LEVEL, false);
                out.append(" = ");
                expr(item.value(), CONDITIONAL_LEVEL, false);
            }
            out.append(" }");
        }

        private void call(Expr.Call c) {
            out.append(c.name()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                expr(c.args().get(i), CONDITIONAL_LEVEL, true);
            }
            if (c.expandFinal() && !c.args().isEmpty()) {
                out.append("...");
            }
            out.append(')');
        }

        private void forExpr(Expr.For f) {
            out.append(f.objectResult() ? "{for " : "[for ");
            if (f.keyVar() != null) {
                out.append(f.keyVar()).append(", ");
            }
            out.append(f.valueVar()).append(" in ");
            expr(f.collection(), CONDITIONAL_LEVEL, false);
            out.append(" : ");
            if (f.objectResult()) {
                expr(f.keyExpr(), CONDITIONAL_LEVEL, false);
                out.append(" => ");
            }
            expr(f.valueExpr(), CONDITIONAL_LEVEL, false);
            if (f.grouping()) {
                out.append("...");
            }
            if (f.condition() != null) {
                out.append(" if ");
                expr(f.condition(), CONDITIONAL_LEVEL, false);
            }
            out.append(f.objectResult() ? '}' : ']');
        }

        // ---- traversals -------------------------------------------------------------------

        /** Prints a GetAttr, Index or Splat; inside a splat the chain starts at the unprinted SplatItem. */
        private void postfix(Expr e, Chain chain) {
            if (e instanceof Expr.GetAttr g) {
                base(g.object(), e, chain);
                out.append('.').append(g.name());
            } else if (e instanceof Expr.Index i) {
                base(i.collection(), e, chain);
                if (printsLegacy(i, chain)) {
                    out.append('.').append(((Expr.NumberLit) i.key()).value().toBigIntegerExact());
                } else {
                    out.append('[');
                    expr(i.key(), CONDITIONAL_LEVEL, false);
                    out.append(']');
                }
            } else if (e instanceof Expr.Splat s) {
                base(s.source(), e, chain);
                out.append(s.full() ? "[*]" : ".*");
                postfix(s.each(), s.full() ? Chain.NORMAL : Chain.ATTRIBUTE_SPLAT);
            } else if (!(e instanceof Expr.SplatItem)) {
                expr(e, POSTFIX_LEVEL, false); // a splat body that is not a traversal; print it as it is
            }
        }

        /** Prints what a traversal step applies to, in parentheses when the step would otherwise bind differently. */
        private void base(Expr base, Expr step, Chain chain) {
            if (base instanceof Expr.SplatItem) {
                return;
            }
            if (needsParensAsBase(base, step, chain)) {
                parenthesised(base);
            } else if (level(base) == POSTFIX_LEVEL) {
                postfix(base, chain);
            } else {
                expr(base, POSTFIX_LEVEL, false);
            }
        }

        private boolean needsParensAsBase(Expr base, Expr step, Chain chain) {
            if (level(base) < POSTFIX_LEVEL) {
                return true;
            }
            if (base instanceof Expr.Splat s) {
                // A full splat takes every following step into its per-element expression; an
                // attribute-only splat takes every following ".name" and ".0" step (and ".*" is
                // not allowed right after it).
                return s.full() || step instanceof Expr.GetAttr
                        || step instanceof Expr.Index i && printsLegacy(i, chain)
                        || step instanceof Expr.Splat next && !next.full();
            }
            // "1.a" and "1.0" would scan as a single number.
            return base instanceof Expr.NumberLit && (step instanceof Expr.GetAttr
                    || step instanceof Expr.Index i && printsLegacy(i, chain)
                    || step instanceof Expr.Splat s && !s.full());
        }

        private boolean printsLegacy(Expr.Index i, Chain chain) {
            if (!(i.key() instanceof Expr.NumberLit n) || !isPlainIndex(n.value())) {
                return false;
            }
            if (chain == Chain.ATTRIBUTE_SPLAT) {
                return true;
            }
            if (!legacyIndexes) {
                return false;
            }
            Expr base = i.collection();
            // "x.0.1" would scan as x . 0.1, and after an attribute-only splat ".0" would join it.
            boolean afterLegacyIndex = base instanceof Expr.Index previous && printsLegacy(previous, chain);
            boolean afterAttributeSplat = base instanceof Expr.Splat s && !s.full();
            return !afterLegacyIndex && !afterAttributeSplat && !(base instanceof Expr.NumberLit);
        }

        private static boolean isPlainIndex(BigDecimal v) {
            return v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0;
        }

        // ---- templates --------------------------------------------------------------------

        private void template(Expr.Template t, boolean heredocOk) {
            List<Expr.Part> parts = mergeLiterals(t.parts());
            if (t.heredoc() && heredocOk && Heredocs.fits(parts)) {
                String marker = Heredocs.marker(parts);
                out.append("<<").append(marker).append('\n');
                parts(parts, false, false);
                out.append(marker).append('\n');
            } else {
                out.append('"');
                parts(parts, true, false);
                out.append('"');
            }
        }

        /** @param directiveFollows whether the printer writes a {@code %{...}} keyword right after these parts */
        private void parts(List<Expr.Part> parts, boolean quoted, boolean directiveFollows) {
            parts = mergeLiterals(parts);
            for (int i = 0; i < parts.size(); i++) {
                Expr.Part part = parts.get(i);
                Expr.Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
                if (part instanceof Expr.Part.Literal l) {
                    if (quoted) {
                        boolean beforeDirective = next == null ? directiveFollows : isDirective(next);
                        quotedLiteral(l.text(), next instanceof Expr.Part.Interp, beforeDirective);
                    } else {
                        heredocLiteral(l.text());
                    }
                } else if (part instanceof Expr.Part.Interp in) {
                    out.append("${");
                    expr(in.expr(), CONDITIONAL_LEVEL, false);
                    out.append('}');
                } else if (part instanceof Expr.Part.If f) {
                    out.append("%{if ");
                    expr(f.condition(), CONDITIONAL_LEVEL, false);
                    out.append('}');
                    parts(f.thenParts(), quoted, true);
                    if (!mergeLiterals(f.elseParts()).isEmpty()) {
                        out.append("%{else}");
                        parts(f.elseParts(), quoted, true);
                    }
                    out.append("%{endif}");
                } else if (part instanceof Expr.Part.ForDirective f) {
                    out.append("%{for ");
                    if (f.keyVar() != null) {
                        out.append(f.keyVar()).append(", ");
                    }
                    out.append(f.valueVar()).append(" in ");
                    expr(f.collection(), CONDITIONAL_LEVEL, false);
                    out.append('}');
                    parts(f.body(), quoted, true);
                    out.append("%{endfor}");
                }
            }
        }

        /**
         * Writes literal text inside double quotes (templates and block labels). <code>${</code> and
         * <code>%{</code> are doubled; a final {@code $} or {@code %} that would join the following
         * <code>${</code> or <code>%{</code> into such an escape is written as a unicode escape instead.
         */
        private void quotedLiteral(String text, boolean beforeInterp, boolean beforeDirective) {
            int n = text.length();
            for (int i = 0; i < n; ) {
                int c = text.codePointAt(i);
                int width = Character.charCount(c);
                boolean last = i + width == n;
                boolean beforeBrace = !last && text.charAt(i + width) == '{';
                if (c == '\\') {
                    out.append("\\\\");
                } else if (c == '"') {
                    out.append("\\\"");
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else if (c == '$') {
                    out.append(beforeBrace ? "$$" : last && beforeInterp ? "\\u0024" : "$");
                } else if (c == '%') {
                    out.append(beforeBrace ? "%%" : last && beforeDirective ? "\\u0025" : "%");
                } else if (c < 0x20 || c == 0x7f) {
                    out.append(String.format("\\u%04X", c));
                } else {
                    out.appendCodePoint(c);
                }
                i += width;
            }
        }

        /** Heredoc text is raw apart from the doubled <code>${</code> / <code>%{</code>; {@link Heredocs#fits} rules out the rest. */
        private void heredocLiteral(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean beforeBrace = i + 1 < text.length() && text.charAt(i + 1) == '{';
                if ((c == '$' || c == '%') && beforeBrace) {
                    out.append(c);
                }
                out.append(c);
            }
        }
    }

    /** Decides whether template parts can be written as a heredoc, and with which closing marker. */
    private static final class Heredocs {
        private Heredocs() {}

        static boolean fits(List<Expr.Part> parts) {
            // The closing marker sits on its own line, so the text must end with a newline.
            boolean endsWithNewline = parts.isEmpty()
                    || parts.get(parts.size() - 1) instanceof Expr.Part.Literal l && l.text().endsWith("\n");
            return endsWithNewline && rawTextFits(parts, false);
        }

        /** Heredocs have no backslash escapes: no control characters, no "$" / "%" joining a following "${" / "%{". */
        private static boolean rawTextFits(List<Expr.Part> parts, boolean directiveFollows) {
            parts = mergeLiterals(parts);
            for (int i = 0; i < parts.size(); i++) {
                Expr.Part part = parts.get(i);
                Expr.Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
                if (part instanceof Expr.Part.Literal l) {
                    boolean beforeDirective = next == null ? directiveFollows : isDirective(next);
                    if (hasControlCharacter(l.text())
                            || l.text().endsWith("$") && next instanceof Expr.Part.Interp
                            || l.text().endsWith("%") && beforeDirective) {
                        return false;
                    }
                } else if (part instanceof Expr.Part.If f) {
                    if (!rawTextFits(f.thenParts(), true) || !rawTextFits(f.elseParts(), true)) {
                        return false;
                    }
                } else if (part instanceof Expr.Part.ForDirective f && !rawTextFits(f.body(), true)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean hasControlCharacter(String text) {
            return text.chars().anyMatch(c -> c != '\n' && c != '\t' && (c < 0x20 || c == 0x7f));
        }

        /** "EOT", or "EOT1", "EOT2", ... when the text contains it, so no line of the text can close the heredoc. */
        static String marker(List<Expr.Part> parts) {
            StringBuilder text = new StringBuilder();
            collectText(parts, text);
            String marker = "EOT";
            for (int n = 1; text.indexOf(marker) >= 0; n++) {
                marker = "EOT" + n;
            }
            return marker;
        }

        private static void collectText(List<Expr.Part> parts, StringBuilder text) {
            // Joined first: "EOT" and "1" as neighbouring parts are the text "EOT1".
            for (Expr.Part p : mergeLiterals(parts)) {
                if (p instanceof Expr.Part.Literal l) {
                    text.append(l.text()).append('\n');
                } else if (p instanceof Expr.Part.If f) {
                    collectText(f.thenParts(), text);
                    collectText(f.elseParts(), text);
                } else if (p instanceof Expr.Part.ForDirective f) {
                    collectText(f.body(), text);
                }
            }
        }
    }
}
