package dev.bulwark.source.hcl;

/**
 * One lexed token. Positions are kept as plain ints and turned into {@link Pos} objects only when
 * a syntax node or error needs them.
 */
final class NativeToken {
    final NativeTokenType type;
    final int startLine;
    final int startColumn;
    final int startOffset;
    final int endLine;
    final int endColumn;
    final int endOffset;
    /** Identifier name (interned), number spelling, or heredoc marker; null otherwise. */
    final String text;
    /** For {@link NativeTokenType#HEREDOC}: the {@code <<-} form that strips common indentation. */
    final boolean flush;

    NativeToken(NativeTokenType type, int startLine, int startColumn, int startOffset,
                int endLine, int endColumn, int endOffset, String text, boolean flush) {
        this.type = type;
        this.startLine = startLine;
        this.startColumn = startColumn;
        this.startOffset = startOffset;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.endOffset = endOffset;
        this.text = text;
        this.flush = flush;
    }

    Pos start() {
        return new Pos(startLine, startColumn, startOffset);
    }

    Pos end() {
        return new Pos(endLine, endColumn, endOffset);
    }

    Range range() {
        return new Range(startLine, startColumn, startOffset, endLine, endColumn, endOffset);
    }

    /** From the start of this token to the end of {@code last}. */
    Range rangeTo(NativeToken last) {
        return new Range(startLine, startColumn, startOffset, last.endLine, last.endColumn, last.endOffset);
    }

    /** From the start of this token to the end of {@code last}. */
    Range rangeTo(Range last) {
        return new Range(startLine, startColumn, startOffset, last.endLine(), last.endColumn(), last.endOffset());
    }

    /** From {@code first} to the end of this token. */
    Range rangeFrom(Pos first) {
        return new Range(first.line(), first.column(), first.offset(), endLine, endColumn, endOffset);
    }

    /** From the start of {@code first} to the end of this token. */
    Range rangeFrom(Range first) {
        return new Range(first.startLine(), first.startColumn(), first.startOffset(), endLine, endColumn, endOffset);
    }

    boolean isKeyword(String word) {
        return type == NativeTokenType.IDENT && text.equals(word);
    }

    /** How the token reads in an error message: {@code "}"}, {@code end of file}, {@code newline}. */
    String describe() {
        return switch (type) {
            case EOF -> "end of file";
            case NEWLINE -> "newline";
            case OPEN_QUOTE -> "a quoted string";
            case HEREDOC -> "a heredoc";
            case IDENT, NUMBER -> quoted(text.length() > 40 ? text.substring(0, 40) + "..." : text);
            default -> quoted(type.symbol);
        };
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    @Override
    public String toString() {
        return type + (text != null ? "(" + text + ")" : "") + "@" + startLine + ":" + startColumn;
    }
}
