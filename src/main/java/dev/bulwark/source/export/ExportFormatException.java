package dev.bulwark.source.export;

/**
 * An export that cannot be read as the format it claims to be, rendered as
 * {@code file:line: what is wrong (expected …)}. Line 1 is used for problems with the file as a whole.
 */
public final class ExportFormatException extends Exception {
    private final String file;
    private final int line;
    private final String detail;

    public ExportFormatException(String file, int line, String detail) {
        super(file + ":" + line + ": " + detail);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }
}
