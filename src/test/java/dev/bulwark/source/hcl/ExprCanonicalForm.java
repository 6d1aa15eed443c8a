package dev.bulwark.source.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A position-free text form of expressions and bodies, equal for two trees exactly when they
 * mean the same thing in the sense that matters when comparing the native and the JSON syntax:
 *
 * <ul>
 *   <li>a template holding one interpolation equals the interpolated expression (JSON can only
 *       write {@code count = var.n} as {@code "count": "${var.n}"});
 *   <li>adjacent literal parts are merged, and heredoc and quoted strings are alike;
 *   <li>numbers compare as doubles (hcl2json goes through JavaScript) and {@code -5} equals the
 *       number -5;
 *   <li>object items are compared by key, whatever order or key syntax ({@code a}, {@code "a"});
 *   <li>a list of blocks can equal a tuple of objects, which is how JSON writes nested blocks that
 *       only a provider schema would recognise;
 *   <li>a conditional interpolated in a template equals an if directive, as hcl2json rewrites one
 *       into the other.
 * </ul>
 */
final class ExprCanonicalForm {
    private ExprCanonicalForm() {}

    static String of(Expr expr) {
        if (expr == null) {
            return "-";
        }
        Expr e = unwrapLoneInterpolation(expr);
        if (e instanceof Expr.NullLit) {
            return "null";
        }
        if (e instanceof Expr.BoolLit b) {
            return Boolean.toString(b.value());
        }
        if (e instanceof Expr.NumberLit n) {
            return number(n.value());
        }
        if (e instanceof Expr.Unary u) {
            if (u.op() == Expr.UnaryOp.NEGATE && u.operand() instanceof Expr.NumberLit n) {
                return number(n.value().negate());
            }
            return u.op().symbol + of(u.operand());
        }
        if (e instanceof Expr.Template t) {
            List<Expr.Part> parts = mergeLiterals(t.parts());
            if (parts.isEmpty()) {
                return quote("");
            }
            if (parts.size() == 1 && parts.get(0) instanceof Expr.Part.Literal l) {
                return quote(l.text());
            }
            return "tpl(" + parts(parts) + ")";
        }
        if (e instanceof Expr.Variable v) {
            return "var:" + v.name();
        }
        if (e instanceof Expr.GetAttr g) {
            return "get(" + of(g.object()) + "," + g.name() + ")";
        }
        if (e instanceof Expr.Index i) {
            return "idx(" + of(i.collection()) + "," + of(i.key()) + ")";
        }
        if (e instanceof Expr.Splat s) {
            return "splat" + (s.full() ? "[*]" : ".*") + "(" + of(s.source()) + "," + of(s.each()) + ")";
        }
        if (e instanceof Expr.SplatItem) {
            return "item";
        }
        if (e instanceof Expr.Tuple t) {
            return "[" + t.items().stream().map(ExprCanonicalForm::of).collect(Collectors.joining(",")) + "]";
        }
        if (e instanceof Expr.ObjectCons o) {
            Map<String, String> items = new TreeMap<>();
            for (Expr.ObjectItem item : o.items()) {
                items.put(key(item.key()), of(item.value()));
            }
            return object(items);
        }
        if (e instanceof Expr.Call c) {
            return c.name() + "(" + c.args().stream().map(ExprCanonicalForm::of).collect(Collectors.joining(","))
                    + (c.expandFinal() ? "..." : "") + ")";
        }
        if (e instanceof Expr.Conditional c) {
            return "cond(" + of(c.condition()) + "," + of(c.trueResult()) + "," + of(c.falseResult()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "(" + of(b.lhs()) + " " + b.op().symbol + " " + of(b.rhs()) + ")";
        }
        if (e instanceof Expr.Parens p) {
            return "paren(" + of(p.inner()) + ")";
        }
        if (e instanceof Expr.For f) {
            return "for(" + f.keyVar() + "," + f.valueVar() + ";" + of(f.collection()) + ";" + of(f.keyExpr()) + ";"
                    + of(f.valueExpr()) + ";" + of(f.condition()) + ";" + f.grouping() + ")";
        }
        throw new IllegalArgumentException("unknown expression node " + e.getClass().getSimpleName());
    }

    /** A body as the object JSON would use for it when its block types are unknown. */
    static String bodyAsValue(Body body) {
        Map<String, String> items = new TreeMap<>();
        for (Attribute attribute : body.attributes()) {
            items.put(quote(attribute.name()), of(attribute.expr()));
        }
        Map<String, List<Block>> byType = new TreeMap<>();
        for (Block block : body.blocks()) {
            byType.computeIfAbsent(block.type(), t -> new ArrayList<>()).add(block);
        }
        byType.forEach((type, blocks) -> items.put(quote(type), blocksAsValue(blocks, 0)));
        return object(items);
    }

    /** Blocks of one type as JSON writes them: objects keyed by each label, then a tuple of bodies. */
    static String blocksAsValue(List<Block> blocks, int level) {
        if (level == blocks.get(0).labels().size()) {
            return "[" + blocks.stream().map(b -> bodyAsValue(b.body())).collect(Collectors.joining(",")) + "]";
        }
        Map<String, List<Block>> byLabel = new TreeMap<>();
        for (Block block : blocks) {
            byLabel.computeIfAbsent(block.labels().get(level), l -> new ArrayList<>()).add(block);
        }
        Map<String, String> items = new TreeMap<>();
        byLabel.forEach((label, group) -> items.put(quote(label), blocksAsValue(group, level + 1)));
        return object(items);
    }

    /** Object keys: names and literal strings alike; a dotted bare key as hcl2json writes it. */
    private static String key(Expr key) {
        if (key instanceof Expr.Variable v) {
            return quote(v.name());
        }
        String dotted = dottedName(key);
        if (dotted != null) {
            return quote(dotted);
        }
        return of(key);
    }

    private static String dottedName(Expr e) {
        if (e instanceof Expr.Variable v) {
            return v.name();
        }
        if (e instanceof Expr.GetAttr g) {
            String object = dottedName(g.object());
            return object == null ? null : object + "." + g.name();
        }
        return null;
    }

    private static Expr unwrapLoneInterpolation(Expr e) {
        while (e instanceof Expr.Template t) {
            List<Expr.Part> parts = mergeLiterals(t.parts());
            if (parts.size() == 1 && parts.get(0) instanceof Expr.Part.Interp interp) {
                e = interp.expr();
            } else {
                break;
            }
        }
        return e;
    }

    private static String parts(List<Expr.Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Expr.Part part : mergeLiterals(parts)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (part instanceof Expr.Part.Literal l) {
                sb.append(quote(l.text()));
            } else if (part instanceof Expr.Part.Interp i && unwrapLoneInterpolation(i.expr()) instanceof Expr.Conditional c) {
                // hcl2json writes ${c ? "a" : "b"} inside a template as %{if c}a%{else}b%{endif}.
                sb.append("%if(").append(of(c.condition())).append(";").append(parts(asParts(c.trueResult())))
                        .append(";").append(parts(asParts(c.falseResult()))).append(')');
            } else if (part instanceof Expr.Part.Interp i) {
                sb.append("${").append(of(i.expr())).append('}');
            } else if (part instanceof Expr.Part.If f) {
                sb.append("%if(").append(of(f.condition())).append(";").append(parts(f.thenParts())).append(";")
                        .append(parts(f.elseParts())).append(')');
            } else if (part instanceof Expr.Part.ForDirective f) {
                sb.append("%for(").append(f.keyVar()).append(',').append(f.valueVar()).append(';')
                        .append(of(f.collection())).append(';').append(parts(f.body())).append(')');
            }
        }
        return sb.toString();
    }

    private static List<Expr.Part> asParts(Expr e) {
        if (e instanceof Expr.Template t) {
            return t.parts();
        }
        return List.of(new Expr.Part.Interp(e, e.range()));
    }

    private static List<Expr.Part> mergeLiterals(List<Expr.Part> parts) {
        List<Expr.Part> merged = new ArrayList<>();
        StringBuilder pending = null;
        for (Expr.Part part : parts) {
            if (part instanceof Expr.Part.Literal l) {
                pending = pending == null ? new StringBuilder(l.text()) : pending.append(l.text());
                continue;
            }
            if (pending != null && pending.length() > 0) {
                merged.add(new Expr.Part.Literal(pending.toString(), part.range()));
            }
            pending = null;
            merged.add(part);
        }
        if (pending != null && pending.length() > 0) {
            merged.add(new Expr.Part.Literal(pending.toString(), parts.get(parts.size() - 1).range()));
        }
        return merged;
    }

    private static String object(Map<String, String> items) {
        return items.entrySet().stream().map(en -> en.getKey() + "=" + en.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String number(BigDecimal value) {
        return "n:" + value.doubleValue();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }
}
