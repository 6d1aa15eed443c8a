package dev.bulwark.source.hcl;

import java.util.List;

/**
 * Wraps operands in {@link Expr.Parens} wherever HCL's precedence rules would otherwise group the
 * printed text differently, so that generated trees are ones the parser can actually produce.
 * Rules: conditional &lt; binary operators (by precedence, left-associative) &lt; unary &lt;
 * traversal steps &lt; everything else; a conditional's condition is at least a binary operand.
 */
final class PrecedenceParens {
    private static final int CONDITIONAL = 0;
    private static final int UNARY = 7;
    private static final int TRAVERSAL = 8;
    private static final int TERM = 9;

    private PrecedenceParens() {}

    static Body insert(Body body) {
        return new Body(
                body.attributes().stream()
                        .map(a -> new Attribute(a.name(), insert(a.expr()), a.range(), a.nameRange()))
                        .toList(),
                body.blocks().stream()
                        .map(b -> new Block(b.type(), b.labels(), insert(b.body()), b.range(), b.typeRange()))
                        .toList(),
                body.range());
    }

    static Expr insert(Expr e) {
        Range r = e.range();
        if (e instanceof Expr.Template t) {
            return new Expr.Template(parts(t.parts()), t.heredoc(), r);
        } else if (e instanceof Expr.GetAttr g) {
            return new Expr.GetAttr(operand(g.object(), TRAVERSAL), g.name(), r);
        } else if (e instanceof Expr.Index i) {
            return new Expr.Index(operand(i.collection(), TRAVERSAL), insert(i.key()), r);
        } else if (e instanceof Expr.Splat s) {
            return new Expr.Splat(operand(s.source(), TRAVERSAL), insert(s.each()), s.full(), r);
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(all(t.items()), r);
        } else if (e instanceof Expr.ObjectCons o) {
            return new Expr.ObjectCons(o.items().stream()
                    .map(item -> new Expr.ObjectItem(insert(item.key()), insert(item.value()), item.range()))
                    .toList(), r);
        } else if (e instanceof Expr.Call c) {
            return new Expr.Call(c.name(), all(c.args()), c.expandFinal(), r);
        } else if (e instanceof Expr.Conditional c) {
            return new Expr.Conditional(operand(c.condition(), CONDITIONAL + 1), insert(c.trueResult()),
                    insert(c.falseResult()), r);
        } else if (e instanceof Expr.Binary b) {
            int p = b.op().precedence;
            return new Expr.Binary(b.op(), operand(b.lhs(), p), operand(b.rhs(), p + 1), r);
        } else if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), operand(u.operand(), UNARY), r);
        } else if (e instanceof Expr.Parens p) {
            return new Expr.Parens(insert(p.inner()), r);
        } else if (e instanceof Expr.For f) {
            return new Expr.For(f.keyVar(), f.valueVar(), insert(f.collection()), orNull(f.keyExpr()),
                    insert(f.valueExpr()), orNull(f.condition()), f.grouping(), r);
        }
        return e; // literals, variables and the splat element have no operands
    }

    private static Expr operand(Expr e, int required) {
        Expr fixed = insert(e);
        return bindingLevel(fixed) < required ? new Expr.Parens(fixed, fixed.range()) : fixed;
    }

    private static int bindingLevel(Expr e) {
        if (e instanceof Expr.Conditional) {
            return CONDITIONAL;
        } else if (e instanceof Expr.Binary b) {
            return b.op().precedence;
        } else if (e instanceof Expr.Unary) {
            return UNARY;
        } else if (e instanceof Expr.GetAttr || e instanceof Expr.Index || e instanceof Expr.Splat) {
            return TRAVERSAL;
        }
        return TERM;
    }

    private static Expr orNull(Expr e) {
        return e == null ? null : insert(e);
    }

    private static List<Expr> all(List<Expr> exprs) {
        return exprs.stream().map(PrecedenceParens::insert).toList();
    }

    private static List<Expr.Part> parts(List<Expr.Part> parts) {
        return parts.stream().map(PrecedenceParens::part).toList();
    }

    private static Expr.Part part(Expr.Part p) {
        if (p instanceof Expr.Part.Interp in) {
            return new Expr.Part.Interp(insert(in.expr()), in.range());
        } else if (p instanceof Expr.Part.If f) {
            return new Expr.Part.If(insert(f.condition()), parts(f.thenParts()), parts(f.elseParts()), f.range());
        } else if (p instanceof Expr.Part.ForDirective f) {
            return new Expr.Part.ForDirective(f.keyVar(), f.valueVar(), insert(f.collection()), parts(f.body()),
                    f.range());
        }
        return p;
    }
}
