package dev.bulwark.source.hcl;

/**
 * Parser for the HCL native syntax. Pure: never does I/O. Thread-safe (no shared state).
 * TODO(parser): implementation in progress.
 */
public final class HclParser {
    private HclParser() {}

    /** Parses a whole configuration file ({@code .tf}, {@code .tfvars}). */
    public static ConfigFile parse(String fileName, String source) throws HclParseException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Parses a standalone expression, e.g. the value of {@code --var k=v}. */
    public static Expr parseExpression(String fileName, String source) throws HclParseException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Parses template text (the contents of a string without its quotes, as in JSON syntax
     * strings or {@code templatefile}) with positions starting at {@code start}.
     */
    public static Expr.Template parseTemplate(String fileName, String text, Pos start) throws HclParseException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
