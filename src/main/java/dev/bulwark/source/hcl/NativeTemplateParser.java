package dev.bulwark.source.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads template text straight from the cursor: quoted strings, heredoc bodies, bare templates
 * and block labels. Interpolations and directives hand over to the expression parser and the
 * lexer; their closing brace is the last token lexed, so reading resumes right after it.
 *
 * <p>Literal text is collected as HCL does before trimming: a quoted string's literal is one run,
 * heredoc and bare templates get one literal per line. That granularity matters, because a strip
 * marker trims only the neighbouring literal and heredoc indentation looks at line starts.
 */
final class NativeTemplateParser {
    private enum Mode { QUOTED, LABEL, HEREDOC, BARE }

    private final NativeParseContext ctx;
    private final NativeSourceCursor c;
    private final NativeLexer lexer;
    private NativeExpressionParser expressions;

    NativeTemplateParser(NativeParseContext ctx, NativeSourceCursor cursor, NativeLexer lexer) {
        this.ctx = ctx;
        this.c = cursor;
        this.lexer = lexer;
    }

    void useExpressions(NativeExpressionParser expressions) {
        this.expressions = expressions;
    }

    /** The template after an opening quote token (already consumed). */
    Expr.Template parseQuoted(NativeToken openQuote) throws HclParseException {
        Pos contentStart = c.pos();
        List<NativeTemplatePiece> pieces = scan(Mode.QUOTED, openQuote);
        return build(pieces, false, false, contentStart, openQuote.start(), c.pos());
    }

    /** The heredoc whose introducer (with its newline) was just consumed. */
    Expr.Template parseHeredoc(NativeToken introducer) throws HclParseException {
        Pos contentStart = c.pos();
        Pos[] end = new Pos[1];
        List<NativeTemplatePiece> pieces = scanHeredoc(introducer, end);
        return build(pieces, true, introducer.flush, contentStart, introducer.start(), end[0]);
    }

    /** All remaining input as a template (no quotes, no escapes other than $${ and %%{). */
    Expr.Template parseBare() throws HclParseException {
        Pos contentStart = c.pos();
        List<NativeTemplatePiece> pieces = scan(Mode.BARE, null);
        return build(pieces, false, false, contentStart, contentStart, c.pos());
    }

    /** A quoted block label: escapes are decoded, but interpolation and directives are refused. */
    String parseLabel(NativeToken openQuote) throws HclParseException {
        List<NativeTemplatePiece> pieces = scan(Mode.LABEL, openQuote);
        if (pieces.size() == 1) {
            return ctx.names.intern(((NativeTemplatePiece.Literal) pieces.get(0)).text);
        }
        StringBuilder label = new StringBuilder();
        for (NativeTemplatePiece piece : pieces) {
            label.append(((NativeTemplatePiece.Literal) piece).text);
        }
        return ctx.names.intern(label.toString());
    }

    private Expr.Template build(List<NativeTemplatePiece> pieces, boolean heredoc, boolean flush, Pos contentStart,
                                Pos start, Pos end) throws HclParseException {
        List<Expr.Part> parts;
        if (pieces.isEmpty()) {
            parts = List.of(new Expr.Part.Literal("", new Range(contentStart, contentStart)));
        } else {
            if (flush) {
                NativeHeredocIndent.apply(pieces);
            }
            parts = NativeTemplateAssembler.assemble(pieces, ctx);
        }
        return new Expr.Template(parts, heredoc, new Range(start, end));
    }

    private List<NativeTemplatePiece> scan(Mode mode, NativeToken opener) throws HclParseException {
        assert !lexer.hasLookahead() : "template text must be read right after its opener";
        List<NativeTemplatePiece> pieces = new ArrayList<>(2);
        boolean quoted = mode == Mode.QUOTED || mode == Mode.LABEL;
        boolean trimNext = false;
        while (true) {
            int ch = c.peek();
            if (ch == NativeSourceCursor.END) {
                if (mode == Mode.BARE) {
                    return pieces;
                }
                throw ctx.error(opener.start(), "unterminated string: no closing quote before the end of the file");
            }
            if (quoted && ch == '"') {
                c.advanceAscii();
                return pieces;
            }
            if ((ch == '$' || ch == '%') && c.peekAt(1) == '{') {
                if (mode == Mode.LABEL) {
                    throw ctx.error(c.pos(), "block labels cannot contain \"" + (char) ch + "{\" sequences; "
                            + "to write a literal \"" + (char) ch + "{\", double it as \"" + (char) ch + (char) ch + "{\"");
                }
                trimNext = sequence(pieces);
                continue;
            }
            NativeTemplatePiece.Literal lit = quoted ? quotedLiteral(opener) : lineLiteral();
            if (trimNext) {
                lit.trimLeadingSpace();
                trimNext = false;
            }
            pieces.add(lit);
        }
    }

    private List<NativeTemplatePiece> scanHeredoc(NativeToken introducer, Pos[] end) throws HclParseException {
        List<NativeTemplatePiece> pieces = new ArrayList<>();
        boolean trimNext = false;
        boolean lineStart = true;
        String marker = introducer.text;
        while (true) {
            if (lineStart && (end[0] = closingMarker(introducer)) != null) {
                return pieces;
            }
            int ch = c.peek();
            if (ch == NativeSourceCursor.END) {
                throw ctx.error(introducer.start(), "heredoc <<" + (introducer.flush ? "-" : "") + marker
                        + " is never closed (expected a line containing only " + marker + ")");
            }
            if ((ch == '$' || ch == '%') && c.peekAt(1) == '{') {
                trimNext = sequence(pieces);
                lineStart = false;
                continue;
            }
            NativeTemplatePiece.Literal lit = lineLiteral();
            if (trimNext) {
                lit.trimLeadingSpace();
                trimNext = false;
            }
            pieces.add(lit);
            lineStart = c.index > 0 && c.buf[c.index - 1] == '\n';
        }
    }

    /**
     * If the line at the cursor is the heredoc's closing marker (optionally surrounded by spaces
     * or tabs), consumes it up to its line break and returns the position just after the marker.
     * As in HCL, the marker line must end with a line break, even at the end of the file.
     */
    private Pos closingMarker(NativeToken introducer) throws HclParseException {
        String marker = introducer.text;
        final char[] b = c.buf;
        int i = c.index;
        while (i < c.limit && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        int markerAt = i;
        int len = marker.length();
        if (c.limit - i < len) {
            return null;
        }
        for (int k = 0; k < len; k++) {
            if (b[i + k] != marker.charAt(k)) {
                return null;
            }
        }
        i += len;
        int after = i;
        while (i < c.limit && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i == c.limit) {
            c.advanceAscii(markerAt - c.index);
            throw ctx.error(c.pos(), "heredoc <<" + (introducer.flush ? "-" : "") + marker
                    + " is never closed: its closing marker " + marker + " must be followed by a newline");
        }
        boolean endsLine = b[i] == '\n' || (b[i] == '\r' && i + 1 < c.limit && b[i + 1] == '\n');
        if (!endsLine) {
            return null;
        }
        c.advanceAscii(markerAt - c.index);
        while (c.index < after) {
            c.advance();
        }
        Pos end = c.pos();
        c.advanceAscii(i - after);
        return end;
    }

    /**
     * Reads {@code ${...}} or {@code %{...}} at the cursor, adding its piece; a leading strip
     * marker trims the literal just before. Returns whether the sequence ends with a strip marker.
     */
    private boolean sequence(List<NativeTemplatePiece> pieces) throws HclParseException {
        Pos start = c.pos();
        boolean interpolation = c.peek() == '$';
        c.advanceAscii(2);
        if (c.peek() == '~') {
            c.advanceAscii();
            if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof NativeTemplatePiece.Literal lit) {
                lit.trimTrailingSpace();
            }
        }
        ctx.enter(interpolation ? NativeParseContext.INTERPOLATION : NativeParseContext.DIRECTIVE, start);
        boolean savedSkip = lexer.skipNewlines(true);
        NativeToken close;
        if (interpolation) {
            Expr expr = expressions.parseExpression();
            close = lexer.next();
            if (close.type != NativeTokenType.RBRACE && close.type != NativeTokenType.TILDE_RBRACE) {
                if (close.type == NativeTokenType.EOF) {
                    throw ctx.unexpected(close, "\"}\"");
                }
                if (close.type == NativeTokenType.OPEN_QUOTE) {
                    throw ctx.error(close.start(), "the interpolation that starts at " + start
                            + " is missing its closing \"}\"");
                }
                throw ctx.error(close.start(), "expected \"}\" to end the interpolation that starts at " + start
                        + ", found " + close.describe() + " (to write a literal \"${\", use \"$${\")");
            }
            pieces.add(new NativeTemplatePiece.Interpolation(expr, close.rangeFrom(start)));
        } else {
            close = directive(start, pieces);
        }
        lexer.skipNewlines(savedSkip);
        ctx.exit();
        return close.type == NativeTokenType.TILDE_RBRACE;
    }

    private NativeToken directive(Pos start, List<NativeTemplatePiece> pieces) throws HclParseException {
        NativeToken keyword = lexer.next();
        if (keyword.type != NativeTokenType.IDENT) {
            throw ctx.unexpected(keyword, "a directive keyword (if, for, else, endif or endfor) after \"%{\"");
        }
        String word = keyword.text;
        Expr condition = null;
        Expr collection = null;
        String keyVar = null;
        String valueVar = null;
        switch (word) {
            case "if" -> condition = expressions.parseExpression();
            case "for" -> {
                valueVar = forVariable("after \"%{for\"");
                if (lexer.peek().type == NativeTokenType.COMMA) {
                    lexer.next();
                    keyVar = valueVar;
                    valueVar = forVariable("after \",\" in %{for}");
                }
                NativeToken in = lexer.next();
                if (!in.isKeyword("in")) {
                    throw ctx.unexpected(in, "\"in\" after the %{for} variables");
                }
                collection = expressions.parseExpression();
            }
            case "else", "endif", "endfor" -> { }
            default -> throw ctx.error(keyword.start(), "unknown template directive \"" + word
                    + "\"; expected if, for, else, endif or endfor (to write a literal \"%{\", use \"%%{\")");
        }
        NativeToken close = lexer.next();
        if (close.type != NativeTokenType.RBRACE && close.type != NativeTokenType.TILDE_RBRACE) {
            throw ctx.unexpected(close, "\"}\" to end the %{" + word + "} directive");
        }
        Range range = close.rangeFrom(start);
        pieces.add(switch (word) {
            case "if" -> new NativeTemplatePiece.IfOpen(condition, range);
            case "for" -> new NativeTemplatePiece.ForOpen(keyVar, valueVar, collection, range);
            default -> new NativeTemplatePiece.Close(word, range);
        });
        return close;
    }

    private String forVariable(String where) throws HclParseException {
        NativeToken name = lexer.next();
        if (name.type != NativeTokenType.IDENT) {
            throw ctx.unexpected(name, "a variable name " + where);
        }
        return name.text;
    }

    /** Literal text of a quoted string up to the closing quote or the next sequence. */
    private NativeTemplatePiece.Literal quotedLiteral(NativeToken opener) throws HclParseException {
        final char[] b = c.buf;
        final int limit = c.limit;
        Pos start = c.pos();
        int runStart = c.index;
        StringBuilder text = null;
        while (c.index < limit) {
            char ch = b[c.index];
            if (ch == '"') {
                break;
            }
            if (ch == '$' || ch == '%') {
                int next = c.peekAt(1);
                if (next == '{') {
                    break;
                }
                if (next == ch && c.peekAt(2) == '{') {
                    if (text == null) {
                        text = new StringBuilder().append(b, runStart, c.index - runStart);
                    }
                    text.append(ch).append('{');
                    c.advanceAscii(3);
                    continue;
                }
            } else if (ch == '\\') {
                int next = c.peekAt(1);
                if (next == NativeSourceCursor.END) {
                    throw ctx.error(opener.start(), "unterminated string: no closing quote before the end of the file");
                }
                if (next == '\n' || next == '\r') {
                    throw multiLine(opener);
                }
                if (text == null) {
                    text = new StringBuilder().append(b, runStart, c.index - runStart);
                }
                NativeStringEscapes.decode(c, text, ctx);
                continue;
            } else if (ch == '\n' || ch == '\r') {
                throw multiLine(opener);
            }
            copyCharacter(ch, text);
        }
        String value = text != null ? text.toString() : new String(b, runStart, c.index - runStart);
        return new NativeTemplatePiece.Literal(value, start, c.pos());
    }

    /** Moves past the character {@code ch} at the cursor (a surrogate pair counts as one), appending it to {@code text} if given. */
    private void copyCharacter(char ch, StringBuilder text) {
        if (ch < 0x80) {
            if (text != null) {
                text.append(ch);
            }
            c.advanceAscii();
        } else {
            int from = c.index;
            c.advance();
            if (text != null) {
                text.append(c.buf, from, c.index - from);
            }
        }
    }

    private HclParseException multiLine(NativeToken opener) {
        return ctx.error(opener.start(), "unterminated string: a quoted string must end on the line where it starts "
                + "(use \\n for a line break, or a heredoc such as <<EOT for multi-line text)");
    }

    /**
     * Literal text of a heredoc or bare template up to and including the next line break, or up
     * to the next sequence or the end of input. Backslashes are plain characters here.
     */
    private NativeTemplatePiece.Literal lineLiteral() {
        final char[] b = c.buf;
        final int limit = c.limit;
        Pos start = c.pos();
        int runStart = c.index;
        StringBuilder text = null;
        while (c.index < limit) {
            char ch = b[c.index];
            if (ch == '\n') {
                if (text != null) {
                    text.append('\n');
                }
                c.advanceLineFeed();
                break;
            }
            if (ch == '$' || ch == '%') {
                int next = c.peekAt(1);
                if (next == '{') {
                    break;
                }
                if (next == ch && c.peekAt(2) == '{') {
                    if (text == null) {
                        text = new StringBuilder().append(b, runStart, c.index - runStart);
                    }
                    text.append(ch).append('{');
                    c.advanceAscii(3);
                    continue;
                }
            }
            copyCharacter(ch, text);
        }
        String value = text != null ? text.toString() : new String(b, runStart, c.index - runStart);
        return new NativeTemplatePiece.Literal(value, start, c.pos());
    }
}
