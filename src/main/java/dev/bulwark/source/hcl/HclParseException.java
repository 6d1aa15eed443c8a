package dev.bulwark.source.hcl;

/** A syntax error at a position, rendered as {@code file:line:column: message}. */
public final class HclParseException extends Exception {
    private final String file;
    private final Pos pos;
    private final String detail;

    public HclParseException(String file, Pos pos, String detail) {
        super(file + ":" + pos.line() + ":" + pos.column() + ": " + detail);
        this.file = file;
        this.pos = pos;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    public Pos pos() {
        return pos;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }
}
