package dev.bulwark.source.hcl;

/** Wires one native-syntax parse together: cursor, lexer, and the three parsers sharing them. */
final class NativeSyntax {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final NativeParseContext ctx;
    private final NativeSourceCursor cursor;
    private final NativeLexer lexer;
    private final NativeTemplateParser templates;
    private final NativeExpressionParser expressions;
    private final NativeBodyParser bodies;

    private NativeSyntax(String fileName, String source, Pos start) {
        char[] chars = source.toCharArray();
        int from = 0;
        Pos first = start;
        if (chars.length > 0 && chars[0] == BYTE_ORDER_MARK) {
            // The mark occupies three bytes of the file but no column.
            from = 1;
            first = new Pos(start.line(), start.column(), start.offset() + 3);
        }
        ctx = new NativeParseContext(fileName);
        cursor = new NativeSourceCursor(chars, from, chars.length, first);
        lexer = new NativeLexer(ctx, cursor);
        templates = new NativeTemplateParser(ctx, cursor, lexer);
        expressions = new NativeExpressionParser(ctx, lexer, templates);
        templates.useExpressions(expressions);
        bodies = new NativeBodyParser(ctx, lexer, expressions, templates);
    }

    static Body parseBody(String fileName, String source) throws HclParseException {
        NativeSyntax syntax = new NativeSyntax(fileName, source, Pos.START);
        try {
            return syntax.bodies.parseFile(Pos.START);
        } catch (StackOverflowError e) {
            throw syntax.tooDeep();
        }
    }

    static Expr parseExpression(String fileName, String source) throws HclParseException {
        NativeSyntax syntax = new NativeSyntax(fileName, source, Pos.START);
        try {
            syntax.lexer.skipNewlines(true);
            Expr expr = syntax.expressions.parseExpression();
            NativeToken end = syntax.lexer.next();
            if (end.type != NativeTokenType.EOF) {
                throw syntax.ctx.error(end.start(), "unexpected " + end.describe() + " after the end of the expression");
            }
            return expr;
        } catch (StackOverflowError e) {
            throw syntax.tooDeep();
        }
    }

    static Expr.Template parseTemplate(String fileName, String text, Pos start) throws HclParseException {
        NativeSyntax syntax = new NativeSyntax(fileName, text, start);
        try {
            return syntax.templates.parseBare();
        } catch (StackOverflowError e) {
            throw syntax.tooDeep();
        }
    }

    /** Last line of defence should a small thread stack overflow before the nesting limit is hit. */
    private HclParseException tooDeep() {
        return ctx.error(cursor.pos(), "nesting is too deep to parse");
    }
}
