package dev.bulwark.source.hcl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks every range of a parsed file against the source by independent means: the byte offset
 * must name the same line and column as a fresh count over the UTF-8 bytes, children must lie
 * inside their parents, and each node's source text must look like its kind (a Variable's text
 * is its name, a tuple starts with "[" and so on). Collects problems instead of stopping at one.
 */
final class NativeSyntaxRangeCheck {
    private final byte[] bytes;
    private final int bomBytes;
    private final List<String> problems = new ArrayList<>();

    private NativeSyntaxRangeCheck(String source) {
        this.bytes = source.getBytes(StandardCharsets.UTF_8);
        this.bomBytes = source.startsWith("\uFEFF") ? 3 : 0;
    }

    static List<String> check(String source, Body body) {
        NativeSyntaxRangeCheck c = new NativeSyntaxRangeCheck(source);
        c.body(body, null);
        return c.problems;
    }

    private String text(Range r) {
        return new String(bytes, r.start().offset(), r.end().offset() - r.start().offset(), StandardCharsets.UTF_8);
    }

    private void pos(Pos p, String what) {
        if (p.offset() < 0 || p.offset() > bytes.length) {
            problems.add(what + ": offset " + p.offset() + " outside the file");
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < p.offset(); i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // A byte order mark takes no column; the file start (offset 0) is column 1 too.
        int from = Math.min(p.offset(), Math.max(lineStart, line == 1 ? bomBytes : 0));
        String before = new String(bytes, from, p.offset() - from, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        if (line != p.line() || column != p.column()) {
            problems.add(what + ": offset " + p.offset() + " is " + line + ":" + column + " but the node says " + p);
        }
    }

    private boolean range(Range r, Range parent, String what) {
        pos(r.start(), what + " start");
        pos(r.end(), what + " end");
        if (r.start().offset() > r.end().offset()) {
            problems.add(what + ": starts after it ends " + r);
            return false;
        }
        if (parent != null && (r.start().offset() < parent.start().offset() || r.end().offset() > parent.end().offset())) {
            problems.add(what + ": " + r + " is not inside its parent " + parent);
        }
        return r.end().offset() <= bytes.length;
    }

    private void expectText(Range r, String what, Consumer<String> test) {
        try {
            test.accept(text(r));
        } catch (AssertionError e) {
            problems.add(what + " at " + r + ": " + e.getMessage());
        }
    }

    private static Consumer<String> startsEnds(String prefix, String suffix) {
        return t -> {
            if (!t.startsWith(prefix) || !t.endsWith(suffix)) {
                throw new AssertionError("text " + quote(t) + " should start with " + prefix + " and end with " + suffix);
            }
        };
    }

    private static Consumer<String> equalTo(String expected) {
        return t -> {
            if (!t.equals(expected)) {
                throw new AssertionError("text " + quote(t) + " should be " + quote(expected));
            }
        };
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s).replace("\n", "\\n") + "\"";
    }

    private void body(Body b, Range parent) {
        if (!range(b.range(), parent, "body")) {
            return;
        }
        if (parent != null) {
            expectText(b.range(), "block body", startsEnds("{", "}"));
        }
        for (Attribute a : b.attributes()) {
            if (range(a.range(), b.range(), "attribute " + a.name()) && range(a.nameRange(), a.range(), "name")) {
                expectText(a.nameRange(), "attribute name", equalTo(a.name()));
                expr(a.expr(), a.range());
                if (!a.range().end().equals(a.expr().range().end()) || !a.range().start().equals(a.nameRange().start())) {
                    problems.add("attribute " + a.name() + " should run from its name to the end of its value");
                }
            }
        }
        for (Block blk : b.blocks()) {
            if (range(blk.range(), b.range(), "block " + blk.type()) && range(blk.typeRange(), blk.range(), "type")) {
                expectText(blk.typeRange(), "block type", equalTo(blk.type()));
                expectText(blk.range(), "block", startsEnds(blk.type(), "}"));
                body(blk.body(), blk.range());
            }
        }
    }

    private void expr(Expr e, Range parent) {
        String what = e.getClass().getSimpleName();
        if (!range(e.range(), parent, what)) {
            return;
        }
        Range r = e.range();
        if (e instanceof Expr.Variable v) {
            expectText(r, what, equalTo(v.name()));
        } else if (e instanceof Expr.NullLit) {
            expectText(r, what, equalTo("null"));
        } else if (e instanceof Expr.BoolLit b) {
            expectText(r, what, equalTo(String.valueOf(b.value())));
        } else if (e instanceof Expr.NumberLit n) {
            expectText(r, what, t -> {
                if (new java.math.BigDecimal(t).compareTo(n.value()) != 0) {
                    throw new AssertionError("text " + t + " is not " + n.value());
                }
            });
        } else if (e instanceof Expr.Template t) {
            expectText(r, what, t.heredoc() ? startsEnds("<<", "") : startsEnds("\"", "\""));
            parts(t.parts(), r);
        } else if (e instanceof Expr.GetAttr g) {
            expectText(r, what, startsEnds("", g.name()));
            expr(g.object(), r);
        } else if (e instanceof Expr.Index i) {
            expr(i.collection(), r);
            expr(i.key(), r);
        } else if (e instanceof Expr.Splat s) {
            expr(s.source(), r);
            expr(s.each(), r);
        } else if (e instanceof Expr.SplatItem) {
            expectText(r, what, t -> {
                String bare = t.replaceAll("\\s", "");
                if (!bare.equals("[*]") && !bare.equals(".*")) {
                    throw new AssertionError("splat marker text is " + quote(t));
                }
            });
        } else if (e instanceof Expr.Tuple t) {
            expectText(r, what, startsEnds("[", "]"));
            t.items().forEach(x -> expr(x, r));
        } else if (e instanceof Expr.ObjectCons o) {
            expectText(r, what, startsEnds("{", "}"));
            for (Expr.ObjectItem item : o.items()) {
                range(item.range(), r, "object item");
                expr(item.key(), item.range());
                expr(item.value(), item.range());
            }
        } else if (e instanceof Expr.Call c) {
            expectText(r, what, startsEnds(c.name().substring(0, c.name().indexOf("::") < 0
                    ? c.name().length() : c.name().indexOf("::")), ")"));
            c.args().forEach(x -> expr(x, r));
        } else if (e instanceof Expr.Conditional c) {
            expr(c.condition(), r);
            expr(c.trueResult(), r);
            expr(c.falseResult(), r);
        } else if (e instanceof Expr.Binary b) {
            expr(b.lhs(), r);
            expr(b.rhs(), r);
        } else if (e instanceof Expr.Unary u) {
            expectText(r, what, startsEnds(u.op().symbol, ""));
            expr(u.operand(), r);
        } else if (e instanceof Expr.Parens p) {
            expectText(r, what, startsEnds("(", ")"));
            expr(p.inner(), r);
        } else if (e instanceof Expr.For f) {
            expectText(r, what, f.objectResult() ? startsEnds("{", "}") : startsEnds("[", "]"));
            expr(f.collection(), r);
            if (f.keyExpr() != null) {
                expr(f.keyExpr(), r);
            }
            expr(f.valueExpr(), r);
            if (f.condition() != null) {
                expr(f.condition(), r);
            }
        }
    }

    private void parts(List<Expr.Part> parts, Range parent) {
        for (Expr.Part p : parts) {
            String what = p.getClass().getSimpleName();
            if (!range(p.range(), parent, what)) {
                continue;
            }
            if (p instanceof Expr.Part.Interp i) {
                expectText(p.range(), what, startsEnds("${", "}"));
                expr(i.expr(), p.range());
            } else if (p instanceof Expr.Part.If i) {
                expectText(p.range(), what, startsEnds("%{", "}"));
                expr(i.condition(), p.range());
                parts(i.thenParts(), p.range());
                parts(i.elseParts(), p.range());
            } else if (p instanceof Expr.Part.ForDirective f) {
                expectText(p.range(), what, startsEnds("%{", "}"));
                expr(f.collection(), p.range());
                parts(f.body(), p.range());
            }
        }
    }
}
