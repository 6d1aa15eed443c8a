package dev.bulwark.source.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a JSON value into the expression tree the native syntax would give: numbers, booleans,
 * null, tuples and objects map directly, and strings are read as templates, literals or
 * expression text depending on where they appear (see {@link JsonStringMode}).
 */
final class JsonExprDecoder {
    private final String fileName;

    JsonExprDecoder(String fileName) {
        this.fileName = fileName;
    }

    Expr decode(JsonSyntax value, JsonStringMode mode) throws HclParseException {
        if (value instanceof JsonSyntax.JsonString s) {
            return string(s, mode);
        }
        if (value instanceof JsonSyntax.JsonNumber n) {
            return new Expr.NumberLit(n.value(), n.range());
        }
        if (value instanceof JsonSyntax.JsonBool b) {
            return new Expr.BoolLit(b.value(), b.range());
        }
        if (value instanceof JsonSyntax.JsonNull) {
            return new Expr.NullLit(value.range());
        }
        if (value instanceof JsonSyntax.JsonArray a) {
            List<Expr> items = new ArrayList<>();
            for (JsonSyntax item : a.items()) {
                items.add(decode(item, mode));
            }
            return new Expr.Tuple(items, a.range());
        }
        JsonSyntax.JsonObject o = (JsonSyntax.JsonObject) value;
        List<Expr.ObjectItem> items = new ArrayList<>();
        for (JsonSyntax.Member member : o.members()) {
            Expr key = mode == JsonStringMode.TEMPLATE ? template(member.key()) : literal(member.key());
            items.add(new Expr.ObjectItem(key, decode(member.value(), mode), member.range()));
        }
        return new Expr.ObjectCons(items, o.range());
    }

    private Expr string(JsonSyntax.JsonString s, JsonStringMode mode) throws HclParseException {
        switch (mode) {
            case LITERAL:
                return literal(s);
            case TEMPLATE:
                return template(s);
            default:
                return expressionText(s);
        }
    }

    /** A plain string: one literal part spanning the text between the quotes. */
    static Expr.Template literal(JsonSyntax.JsonString s) {
        Pos end = s.range().end();
        Pos beforeQuote = new Pos(end.line(), end.column() - 1, end.offset() - 1);
        Expr.Part part = new Expr.Part.Literal(s.value(), new Range(s.contentStart(), beforeQuote));
        return new Expr.Template(List.of(part), false, s.range());
    }

    private Expr.Template template(JsonSyntax.JsonString s) throws HclParseException {
        Expr.Template parsed = HclParser.parseTemplate(fileName, s.value(), s.contentStart());
        return new Expr.Template(parsed.parts(), false, s.range());
    }

    /**
     * Expression text such as {@code "aws_instance.web"} or {@code "map(string)"}. The text is
     * parsed as the only interpolation of a template so that positions line up with the source
     * without re-basing a separately parsed tree.
     */
    private Expr expressionText(JsonSyntax.JsonString s) throws HclParseException {
        if (s.value().isBlank()) {
            throw new HclParseException(fileName, s.range().start(), "expected an expression, found an empty string");
        }
        if (s.value().contains("${")) {
            return unwrapLoneInterpolation(template(s));
        }
        Pos start = s.contentStart();
        Pos beforeWrapper = new Pos(start.line(), start.column() - 2, start.offset() - 2);
        Expr.Template wrapped = HclParser.parseTemplate(fileName, "${" + s.value() + "}", beforeWrapper);
        if (wrapped.parts().size() == 1 && wrapped.parts().get(0) instanceof Expr.Part.Interp interp) {
            return interp.expr();
        }
        throw new HclParseException(fileName, start, "expected a single expression in \"" + s.value() + "\"");
    }

    private static Expr unwrapLoneInterpolation(Expr.Template template) {
        if (template.parts().size() == 1 && template.parts().get(0) instanceof Expr.Part.Interp interp) {
            return interp.expr();
        }
        return template;
    }
}
