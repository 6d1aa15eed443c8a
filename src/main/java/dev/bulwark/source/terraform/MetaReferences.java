package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle arguments that name things rather than compute values: {@code ignore_changes}
 * lists attributes of the resource itself and {@code replace_triggered_by} lists other resources.
 * Terraform reads them as references, never evaluates them, so neither do we: each becomes its
 * text ({@code tags["Name"]}, {@code aws_security_group.this.id}), which rules can read.
 */
final class MetaReferences {
    private MetaReferences() {}

    /** {@code ignore_changes}: the keyword {@code all}, or a list of attribute paths. */
    static Value ignoreChanges(Expr e, Scope s) {
        if (e instanceof Expr.Variable v && v.name().equals("all")) return Value.of("all");
        if (e instanceof Expr.Template t && "all".equals(t.literalText())) return Value.of("all");
        return list(e, s, "ignore_changes", "all, or a list of attribute names such as [tags, ami]");
    }

    /** {@code replace_triggered_by}: a list of resources or their attributes. */
    static Value replaceTriggeredBy(Expr e, Scope s) {
        return list(e, s, "replace_triggered_by", "a list of resource references such as [aws_security_group.this.id]");
    }

    private static Value list(Expr e, Scope s, String argument, String expected) {
        if (!(e instanceof Expr.Tuple tuple)) {
            return invalid(s, e, argument + " must be " + expected);
        }
        List<Value> items = new ArrayList<>(tuple.items().size());
        for (Expr item : tuple.items()) {
            String text = text(item, s);
            if (text == null) {
                return invalid(s, item, argument + " lists references, not values to compute: write an attribute or resource"
                        + " name with constant keys, e.g. tags[\"Name\"]");
            }
            items.add(Value.of(text));
        }
        return new Value.ListV(items);
    }

    private static Value invalid(Scope s, Expr at, String message) {
        s.module.context.diagnostics.error(s.file, at.range(), message);
        return Value.unknown(dev.bulwark.model.UnknownReason.EVALUATION_ERROR, message);
    }

    /**
     * The reference as written, or null when it is not one. An index may use {@code each.key} or
     * {@code count.index} (as in {@code aws_instance.web[count.index]}): it is resolved in the instance's scope.
     */
    private static String text(Expr e, Scope s) {
        if (e instanceof Expr.Variable v) return v.name();
        if (e instanceof Expr.GetAttr g) {
            String object = text(g.object(), s);
            return object == null ? null : object + "." + g.name();
        }
        if (e instanceof Expr.Index i) {
            String collection = text(i.collection(), s);
            String key = key(i.key(), s);
            return collection == null || key == null ? null : collection + "[" + key + "]";
        }
        // Before Terraform 0.12 references were quoted; "tags" still means tags.
        if (e instanceof Expr.Template t) return t.literalText();
        return null;
    }

    private static String key(Expr e, Scope s) {
        if (e instanceof Expr.NumberLit n) return n.value().toPlainString();
        if (e instanceof Expr.Template t && t.literalText() != null) return ExprEvaluator.quote(t.literalText());
        if (!(e instanceof Expr.GetAttr g && g.object() instanceof Expr.Variable v
                && (v.name().equals("each") || v.name().equals("count")) && s.hasSymbol(v.name()))) {
            return null;
        }
        Value k = Evaluation.of(e, s).value();
        if (k instanceof Value.Str str) return ExprEvaluator.quote(str.value());
        if (k instanceof Value.Num num) return num.value().stripTrailingZeros().toPlainString();
        return null;
    }
}
