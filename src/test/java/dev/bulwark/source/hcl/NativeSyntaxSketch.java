package dev.bulwark.source.hcl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders parsed syntax as a compact one-line sketch for assertions: operators are fully
 * parenthesised, {@code paren(x)} marks an explicit Parens node, template parts are separated by
 * {@code |}, {@code @} is the splat item, and {@code a[*]{each}} / {@code a.*{each}} are splats.
 */
final class NativeSyntaxSketch {
    private NativeSyntaxSketch() {}

    static String sketch(Expr e) {
        if (e instanceof Expr.NullLit) {
            return "null";
        } else if (e instanceof Expr.BoolLit b) {
            return String.valueOf(b.value());
        } else if (e instanceof Expr.NumberLit n) {
            return n.value().toString();
        } else if (e instanceof Expr.Template t) {
            return (t.heredoc() ? "<<\"" : "\"") + parts(t.parts()) + "\"";
        } else if (e instanceof Expr.Variable v) {
            return v.name();
        } else if (e instanceof Expr.GetAttr g) {
            return sketch(g.object()) + "." + g.name();
        } else if (e instanceof Expr.Index i) {
            return sketch(i.collection()) + "[" + sketch(i.key()) + "]";
        } else if (e instanceof Expr.Splat s) {
            return sketch(s.source()) + (s.full() ? "[*]{" : ".*{") + sketch(s.each()) + "}";
        } else if (e instanceof Expr.SplatItem) {
            return "@";
        } else if (e instanceof Expr.Tuple t) {
            return "[" + t.items().stream().map(NativeSyntaxSketch::sketch).collect(Collectors.joining(", ")) + "]";
        } else if (e instanceof Expr.ObjectCons o) {
            return "{" + o.items().stream().map(i -> sketch(i.key()) + "=" + sketch(i.value()))
                    .collect(Collectors.joining(", ")) + "}";
        } else if (e instanceof Expr.Call c) {
            return c.name() + "(" + c.args().stream().map(NativeSyntaxSketch::sketch).collect(Collectors.joining(", "))
                    + (c.expandFinal() ? "..." : "") + ")";
        } else if (e instanceof Expr.Conditional c) {
            return "(" + sketch(c.condition()) + " ? " + sketch(c.trueResult()) + " : " + sketch(c.falseResult()) + ")";
        } else if (e instanceof Expr.Binary b) {
            return "(" + sketch(b.lhs()) + " " + b.op().symbol + " " + sketch(b.rhs()) + ")";
        } else if (e instanceof Expr.Unary u) {
            return "(" + u.op().symbol + sketch(u.operand()) + ")";
        } else if (e instanceof Expr.Parens p) {
            return "paren(" + sketch(p.inner()) + ")";
        } else if (e instanceof Expr.For f) {
            String vars = (f.keyVar() != null ? f.keyVar() + ", " : "") + f.valueVar();
            String result = f.objectResult() ? sketch(f.keyExpr()) + " => " + sketch(f.valueExpr()) : sketch(f.valueExpr());
            String tail = (f.grouping() ? "..." : "") + (f.condition() != null ? " if " + sketch(f.condition()) : "");
            String body = "for " + vars + " in " + sketch(f.collection()) + " : " + result + tail;
            return f.objectResult() ? "{" + body + "}" : "[" + body + "]";
        }
        throw new AssertionError("unknown node " + e);
    }

    static String parts(List<Expr.Part> parts) {
        return parts.stream().map(NativeSyntaxSketch::part).collect(Collectors.joining("|"));
    }

    private static String part(Expr.Part p) {
        if (p instanceof Expr.Part.Literal l) {
            return l.text().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                    .replace("\"", "\\\"").replace("|", "\\|");
        } else if (p instanceof Expr.Part.Interp i) {
            return "${" + sketch(i.expr()) + "}";
        } else if (p instanceof Expr.Part.If i) {
            return "%{if " + sketch(i.condition()) + "}" + parts(i.thenParts())
                    + (i.elseParts().isEmpty() ? "" : "%{else}" + parts(i.elseParts())) + "%{endif}";
        } else if (p instanceof Expr.Part.ForDirective f) {
            return "%{for " + (f.keyVar() != null ? f.keyVar() + ", " : "") + f.valueVar() + " in "
                    + sketch(f.collection()) + "}" + parts(f.body()) + "%{endfor}";
        }
        throw new AssertionError("unknown part " + p);
    }

    /** A range as {@code line:column/offset-line:column/offset}. */
    static String at(Range r) {
        return at(r.start()) + "-" + at(r.end());
    }

    static String at(Pos p) {
        return p.line() + ":" + p.column() + "/" + p.offset();
    }

    static Expr expr(String source) {
        try {
            return HclParser.parseExpression("test.hcl", source);
        } catch (HclParseException e) {
            throw new AssertionError("unexpected parse error: " + e.getMessage(), e);
        }
    }

    static Body body(String source) {
        try {
            return HclParser.parse("main.tf", source).body();
        } catch (HclParseException e) {
            throw new AssertionError("unexpected parse error: " + e.getMessage(), e);
        }
    }

    /** The expression of attribute {@code name} in a parsed file. */
    static Expr attr(String source, String name) {
        Attribute a = body(source).attribute(name);
        if (a == null) {
            throw new AssertionError("no attribute " + name);
        }
        return a.expr();
    }

    static String sketchAttr(String source, String name) {
        return sketch(attr(source, name));
    }

    static String sketch(String expression) {
        return sketch(expr(expression));
    }
}
