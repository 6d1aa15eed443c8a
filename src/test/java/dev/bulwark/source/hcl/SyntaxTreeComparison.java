package dev.bulwark.source.hcl;

import java.util.List;

/**
 * Compares syntax trees by structure only. Each tree is rendered to an indented outline that
 * leaves out what the printer cannot or need not preserve: ranges, whether a string was a heredoc,
 * how a template's literal text was split into parts (the parser joins neighbouring literals and
 * drops empty ones) and how a number was spelled ({@code 1.50} equals {@code 1.5}).
 */
final class SyntaxTreeComparison {
    private final StringBuilder out = new StringBuilder();

    private SyntaxTreeComparison() {}

    static String outline(Body body) {
        SyntaxTreeComparison c = new SyntaxTreeComparison();
        c.body(body, 0);
        return c.out.toString();
    }

    static String outline(Expr expr) {
        SyntaxTreeComparison c = new SyntaxTreeComparison();
        c.expr(expr, 0);
        return c.out.toString();
    }

    /** Fails with the printed text and the first differing outline line when the trees differ. */
    static void assertSameTree(String expectedOutline, String actualOutline, String printed) {
        if (expectedOutline.equals(actualOutline)) {
            return;
        }
        throw new AssertionError("re-parsed tree differs from the original\n"
                + "printed text:\n" + printed + "\n"
                + firstDifference(expectedOutline, actualOutline)
                + "\nexpected tree:\n" + expectedOutline + "\nactual tree:\n" + actualOutline);
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        return "first difference at outline line " + (i + 1) + ":\n"
                + "  expected: " + (i < e.length ? e[i] : "<end>") + "\n"
                + "  actual:   " + (i < a.length ? a[i] : "<end>") + "\n";
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private void body(Body body, int depth) {
        for (Attribute a : body.attributes()) {
            line(depth, "attribute " + quote(a.name()));
            expr(a.expr(), depth + 1);
        }
        for (Block b : body.blocks()) {
            line(depth, "block " + quote(b.type()) + " labels " + b.labels().stream().map(SyntaxTreeComparison::quote).toList());
            body(b.body(), depth + 1);
        }
    }

    private void expr(Expr e, int depth) {
        int d = depth + 1;
        if (e == null) {
            line(depth, "none");
        } else if (e instanceof Expr.NullLit) {
            line(depth, "null");
        } else if (e instanceof Expr.BoolLit b) {
            line(depth, "bool " + b.value());
        } else if (e instanceof Expr.NumberLit n) {
            line(depth, "number " + n.value().stripTrailingZeros().toString());
        } else if (e instanceof Expr.Template t) {
            line(depth, "template");
            parts(t.parts(), d);
        } else if (e instanceof Expr.Variable v) {
            line(depth, "variable " + quote(v.name()));
        } else if (e instanceof Expr.GetAttr g) {
            line(depth, "get-attr " + quote(g.name()));
            expr(g.object(), d);
        } else if (e instanceof Expr.Index i) {
            line(depth, "index");
            expr(i.collection(), d);
            expr(i.key(), d);
        } else if (e instanceof Expr.Splat s) {
            line(depth, s.full() ? "splat [*]" : "splat .*");
            expr(s.source(), d);
            expr(s.each(), d);
        } else if (e instanceof Expr.SplatItem) {
            line(depth, "splat-item");
        } else if (e instanceof Expr.Tuple t) {
            line(depth, "tuple");
            t.items().forEach(item -> expr(item, d));
        } else if (e instanceof Expr.ObjectCons o) {
            line(depth, "object");
            for (Expr.ObjectItem item : o.items()) {
                line(d, "item");
                expr(item.key(), d + 1);
                expr(item.value(), d + 1);
            }
        } else if (e instanceof Expr.Call c) {
            line(depth, "call " + quote(c.name()) + (c.expandFinal() ? " expand-final" : ""));
            c.args().forEach(arg -> expr(arg, d));
        } else if (e instanceof Expr.Conditional c) {
            line(depth, "conditional");
            expr(c.condition(), d);
            expr(c.trueResult(), d);
            expr(c.falseResult(), d);
        } else if (e instanceof Expr.Binary b) {
            line(depth, "binary " + b.op());
            expr(b.lhs(), d);
            expr(b.rhs(), d);
        } else if (e instanceof Expr.Unary u) {
            line(depth, "unary " + u.op());
            expr(u.operand(), d);
        } else if (e instanceof Expr.Parens p) {
            line(depth, "parens");
            expr(p.inner(), d);
        } else if (e instanceof Expr.For f) {
            line(depth, "for " + (f.objectResult() ? "object" : "tuple") + " key-var " + quote(f.keyVar())
                    + " value-var " + quote(f.valueVar()) + (f.grouping() ? " grouping" : ""));
            expr(f.collection(), d);
            expr(f.keyExpr(), d);
            expr(f.valueExpr(), d);
            expr(f.condition(), d);
        } else {
            line(depth, "unknown node " + e.getClass().getSimpleName());
        }
    }

    private void parts(List<Expr.Part> parts, int depth) {
        for (Expr.Part p : HclPrinter.mergeLiterals(parts)) {
            if (p instanceof Expr.Part.Literal l) {
                line(depth, "literal " + quote(l.text()));
            } else if (p instanceof Expr.Part.Interp in) {
                line(depth, "interpolation");
                expr(in.expr(), depth + 1);
            } else if (p instanceof Expr.Part.If f) {
                line(depth, "if");
                expr(f.condition(), depth + 1);
                line(depth, "then");
                parts(f.thenParts(), depth + 1);
                line(depth, "else");
                parts(f.elseParts(), depth + 1);
                line(depth, "endif");
            } else if (p instanceof Expr.Part.ForDirective f) {
                line(depth, "for-directive key-var " + quote(f.keyVar()) + " value-var " + quote(f.valueVar()));
                expr(f.collection(), depth + 1);
                line(depth, "do");
                parts(f.body(), depth + 1);
                line(depth, "endfor");
            }
        }
    }

    /** Java-style quoting so that invisible characters show up in a failure message. */
    static String quote(String s) {
        if (s == null) {
            return "none";
        }
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
