package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.NativeTokenType.*;

/**
 * Turns native-syntax source into tokens on demand, one token of lookahead. It stops right after
 * an opening quote or a heredoc introducer so the template parser can read the text that follows
 * straight from the cursor; it never scans past one.
 *
 * <p>Line breaks are significant in HCL (they end attributes and separate object items) but are
 * ignored inside brackets, parentheses and interpolations; the parsers say which applies with
 * {@link #skipNewlines(boolean)}. Consecutive line breaks, blank lines and comments collapse into
 * a single NEWLINE token.
 */
final class NativeLexer {
    private final NativeParseContext ctx;
    private final NativeSourceCursor c;
    private NativeToken lookahead;
    private boolean skipNewlines;

    NativeLexer(NativeParseContext ctx, NativeSourceCursor cursor) {
        this.ctx = ctx;
        this.c = cursor;
    }

    /** Sets whether NEWLINE tokens are skipped; returns the previous setting so callers can restore it. */
    boolean skipNewlines(boolean skip) {
        boolean previous = skipNewlines;
        skipNewlines = skip;
        return previous;
    }

    NativeToken peek() throws HclParseException {
        NativeToken t = lookahead;
        if (t == null) {
            t = scan();
            lookahead = t;
        }
        while (skipNewlines && t.type == NEWLINE) {
            t = scan();
            lookahead = t;
        }
        return t;
    }

    NativeToken next() throws HclParseException {
        NativeToken t = peek();
        lookahead = null;
        return t;
    }

    /** True when a token has been scanned but not consumed (the cursor is past it). */
    boolean hasLookahead() {
        return lookahead != null;
    }

    private NativeToken scan() throws HclParseException {
        skipSpacesAndComments();
        if (c.index >= c.limit) {
            return token(EOF, 0);
        }
        char ch = c.buf[c.index];
        switch (ch) {
            case '\n':
                return newline();
            case '\r':
                if (c.peekAt(1) == '\n') {
                    return newline();
                }
                throw ctx.error(c.pos(), "unexpected carriage return; line breaks must be \\n or \\r\\n");
            case '"':
                return token(OPEN_QUOTE, 1);
            case '{':
                return token(LBRACE, 1);
            case '}':
                return token(RBRACE, 1);
            case '[':
                return token(LBRACK, 1);
            case ']':
                return token(RBRACK, 1);
            case '(':
                return token(LPAREN, 1);
            case ')':
                return token(RPAREN, 1);
            case ',':
                return token(COMMA, 1);
            case '?':
                return token(QUESTION, 1);
            case '+':
                return token(PLUS, 1);
            case '-':
                return token(MINUS, 1);
            case '*':
                return token(STAR, 1);
            case '/':
                return token(SLASH, 1);
            case '%':
                return token(PERCENT, 1);
            case '.':
                return c.peekAt(1) == '.' && c.peekAt(2) == '.' ? token(ELLIPSIS, 3) : token(DOT, 1);
            case ':':
                return c.peekAt(1) == ':' ? token(DOUBLE_COLON, 2) : token(COLON, 1);
            case '=': {
                int n = c.peekAt(1);
                return n == '=' ? token(EQ_EQ, 2) : n == '>' ? token(FAT_ARROW, 2) : token(EQUAL, 1);
            }
            case '!':
                return c.peekAt(1) == '=' ? token(NOT_EQ, 2) : token(BANG, 1);
            case '<': {
                int n = c.peekAt(1);
                return n == '=' ? token(LE, 2) : n == '<' ? heredoc() : token(LT, 1);
            }
            case '>':
                return c.peekAt(1) == '=' ? token(GE, 2) : token(GT, 1);
            case '&':
                if (c.peekAt(1) == '&') {
                    return token(AND_AND, 2);
                }
                throw ctx.error(c.pos(), "unexpected \"&\"; the logical AND operator is written \"&&\"");
            case '|':
                if (c.peekAt(1) == '|') {
                    return token(OR_OR, 2);
                }
                throw ctx.error(c.pos(), "unexpected \"|\"; the logical OR operator is written \"||\"");
            case '~':
                if (c.peekAt(1) == '}') {
                    return token(TILDE_RBRACE, 2);
                }
                throw ctx.error(c.pos(), "unexpected \"~\"; a strip marker is only valid as \"${~\", \"%{~\" or \"~}\" in a template");
            case '\'':
                throw ctx.error(c.pos(), "single quotes do not delimit strings in HCL; use double quotes");
            case '$':
                if (c.peekAt(1) == '{') {
                    throw ctx.error(c.pos(), "\"${\" interpolation is only valid inside a quoted string or heredoc");
                }
                break;
            default:
                if (ch >= '0' && ch <= '9') {
                    return number();
                }
                if (NativeIdentifiers.isStart(c.codePoint())) {
                    return identifier();
                }
                break;
        }
        throw ctx.error(c.pos(), "unexpected character " + describeChar(c.codePoint()));
    }

    private NativeToken token(NativeTokenType type, int length) {
        int line = c.line;
        int column = c.column;
        int offset = c.offset;
        c.advanceAscii(length);
        return new NativeToken(type, line, column, offset, c.line, c.column, c.offset, null, false);
    }

    /** One line break plus any further blank lines, spaces and comments, as a single token. */
    private NativeToken newline() throws HclParseException {
        int line = c.line;
        int column = c.column;
        int offset = c.offset;
        while (true) {
            int ch = c.peek();
            if (ch == '\n') {
                c.advanceLineFeed();
            } else if (ch == '\r' && c.peekAt(1) == '\n') {
                c.advanceAscii();
                c.advanceLineFeed();
            } else {
                break;
            }
            skipSpacesAndComments();
        }
        return new NativeToken(NEWLINE, line, column, offset, line, column + 1, offset + 1, null, false);
    }

    private void skipSpacesAndComments() throws HclParseException {
        final char[] b = c.buf;
        while (c.index < c.limit) {
            char ch = b[c.index];
            if (ch == ' ' || ch == '\t') {
                c.advanceAscii();
            } else if (ch == '#') {
                skipLineComment();
            } else if (ch == '/') {
                int n = c.peekAt(1);
                if (n == '/') {
                    skipLineComment();
                } else if (n == '*') {
                    skipBlockComment();
                } else {
                    return;
                }
            } else {
                return;
            }
        }
    }

    /** Skips to the line feed ending the comment, leaving it to become a NEWLINE token. */
    private void skipLineComment() {
        final char[] b = c.buf;
        while (c.index < c.limit) {
            char ch = b[c.index];
            if (ch == '\n') {
                return;
            }
            if (ch < 0x80) {
                c.advanceAscii();
            } else {
                c.advance();
            }
        }
    }

    private void skipBlockComment() throws HclParseException {
        Pos start = c.pos();
        c.advanceAscii(2);
        final char[] b = c.buf;
        while (c.index < c.limit) {
            if (b[c.index] == '*' && c.peekAt(1) == '/') {
                c.advanceAscii(2);
                return;
            }
            c.advance();
        }
        throw ctx.error(start, "unterminated comment: \"/*\" has no matching \"*/\"");
    }

    private NativeToken identifier() {
        final char[] b = c.buf;
        final int from = c.index;
        final int line = c.line;
        final int column = c.column;
        final int offset = c.offset;
        int hash = 0;
        int i = from;
        while (i < c.limit && NativeIdentifiers.isAsciiPart(b[i])) {
            hash = 31 * hash + b[i];
            i++;
        }
        if (i == from) {
            // Non-ASCII start character: the caller already checked it is ID_Start.
            hash = slowIdentifierChars(0, true);
        } else {
            c.advanceAscii(i - from);
            if (i < c.limit && b[i] >= 0x80) {
                hash = slowIdentifierChars(hash, false);
            }
        }
        String name = ctx.names.intern(b, from, c.index, hash);
        return new NativeToken(IDENT, line, column, offset, c.line, c.column, c.offset, name, false);
    }

    /** Continues an identifier through any characters, ASCII or not; returns the updated hash. */
    private int slowIdentifierChars(int hash, boolean first) {
        while (c.index < c.limit) {
            int cp = c.codePoint();
            if (!(first ? NativeIdentifiers.isStart(cp) : NativeIdentifiers.isPart(cp))) {
                break;
            }
            first = false;
            int start = c.index;
            c.advance();
            for (int k = start; k < c.index; k++) {
                hash = 31 * hash + c.buf[k];
            }
        }
        return hash;
    }

    /**
     * Digits with any mix of dots and exponents, never ending in a dot; the parser rejects
     * spellings that are not numbers (HCL lexes {@code 0.1.2} as one token too, so {@code a.0.1}
     * can be reported as a chained legacy index rather than something obscure).
     */
    private NativeToken number() {
        final char[] b = c.buf;
        final int limit = c.limit;
        int from = c.index;
        int i = from + 1;
        while (i < limit) {
            char ch = b[i];
            if ((ch >= '0' && ch <= '9') || ch == '.') {
                i++;
            } else if ((ch == 'e' || ch == 'E') && i + 1 < limit) {
                char n = b[i + 1];
                if (n >= '0' && n <= '9') {
                    i += 2;
                } else if ((n == '+' || n == '-') && i + 2 < limit && b[i + 2] >= '0' && b[i + 2] <= '9') {
                    i += 3;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        while (b[i - 1] == '.') {
            i--;
        }
        int line = c.line;
        int column = c.column;
        int offset = c.offset;
        c.advanceAscii(i - from);
        String text = new String(b, from, i - from);
        return new NativeToken(NUMBER, line, column, offset, c.line, c.column, c.offset, text, false);
    }

    /** {@code <<EOT} or {@code <<-EOT}, which must be followed directly by a line break. */
    private NativeToken heredoc() throws HclParseException {
        final char[] b = c.buf;
        Pos start = c.pos();
        int from = c.index;
        int i = from + 2;
        boolean flush = false;
        if (i < c.limit && b[i] == '-') {
            flush = true;
            i++;
        }
        int markerFrom = i;
        if (i >= c.limit || !NativeIdentifiers.isStart(Character.codePointAt(b, i, c.limit))) {
            throw ctx.error(start, "\"<<\" must start a heredoc: write <<EOT (or <<-EOT) followed by a newline");
        }
        while (i < c.limit) {
            int cp = Character.codePointAt(b, i, c.limit);
            if (!NativeIdentifiers.isPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        String marker = new String(b, markerFrom, i - markerFrom);
        boolean lineBreak = (i < c.limit && b[i] == '\n')
                || (i + 1 < c.limit && b[i] == '\r' && b[i + 1] == '\n');
        if (!lineBreak) {
            throw ctx.error(start, "heredoc introducer " + new String(b, from, i - from)
                    + " must be followed directly by a newline; the text starts on the next line");
        }
        while (c.index < i) {
            c.advance();
        }
        NativeToken token = new NativeToken(HEREDOC, start.line(), start.column(), start.offset(),
                c.line, c.column, c.offset, marker, flush);
        if (b[c.index] == '\r') {
            c.advanceAscii();
        }
        c.advanceLineFeed();
        return token;
    }

    static String describeChar(int cp) {
        if (cp == NativeSourceCursor.END) {
            return "end of file";
        }
        if (cp > 0x20 && cp < 0x7f) {
            return "\"" + (char) cp + "\"";
        }
        if (Character.isLetterOrDigit(cp) || (Character.getType(cp) >= Character.DASH_PUNCTUATION
                && Character.getType(cp) <= Character.OTHER_SYMBOL)) {
            return "\"" + new String(Character.toChars(cp)) + "\" (U+" + hex(cp) + ")";
        }
        return "U+" + hex(cp);
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - h.length())) + h;
    }
}
