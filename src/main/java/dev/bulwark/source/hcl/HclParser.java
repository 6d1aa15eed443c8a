package dev.bulwark.source.hcl;

/**
 * Parser for the HCL native syntax. Pure: never does I/O. Thread-safe (shares only interned names).
 *
 * <p>Positions on every node are exact: line and column are 1-based (columns count Unicode code
 * points), offsets are 0-based UTF-8 byte offsets; a leading byte order mark is skipped but
 * counted in offsets. Errors are {@link HclParseException}s rendered as
 * {@code file:line:column: message}.
 */
public final class HclParser {
    private HclParser() {}

    /** Parses a whole configuration file ({@code .tf}, {@code .tfvars}). */
    public static ConfigFile parse(String fileName, String source) throws HclParseException {
        return new ConfigFile(fileName, NativeSyntax.parseBody(fileName, source));
    }

    /** Parses a standalone expression, e.g. the value of {@code --var k=v}. Newlines are insignificant. */
    public static Expr parseExpression(String fileName, String source) throws HclParseException {
        return NativeSyntax.parseExpression(fileName, source);
    }

    /**
     * Parses template text (the contents of a string without its quotes, as in JSON syntax
     * strings or {@code templatefile}) with positions starting at {@code start}. Only the
     * {@code $${} and {@code %%{} escapes apply; backslashes are literal.
     */
    public static Expr.Template parseTemplate(String fileName, String text, Pos start) throws HclParseException {
        return NativeSyntax.parseTemplate(fileName, text, start);
    }
}
