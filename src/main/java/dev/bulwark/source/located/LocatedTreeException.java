package dev.bulwark.source.located;

import java.util.Objects;

/**
 * A file that cannot be read as a JSON or YAML document. The message is complete:
 * {@code file:line:column: detail}. Readers that wrap it in their own exception can use
 * {@link #problem()} to decide, for instance, whether to add a hint on what the file should be.
 */
public final class LocatedTreeException extends Exception {
    /** What kind of trouble the file is in. */
    public enum Problem {
        /** The bytes are not UTF-8 text. */
        NOT_UTF8,
        /** A JSON file with nothing in it (an empty YAML file is a null document, not an error). */
        EMPTY,
        /** The text ends in the middle of the document. */
        TRUNCATED,
        /** The text breaks the format's syntax, or repeats a key in one mapping. */
        SYNTAX,
        /** A complete document is followed by more content (for YAML: a second document). */
        TRAILING_CONTENT
    }

    private final String file;
    private final Position position;
    private final String detail;
    private final Problem problem;

    public LocatedTreeException(String file, Position position, Problem problem, String detail) {
        super(file + ":" + position + ": " + detail);
        this.file = Objects.requireNonNull(file, "file");
        this.position = Objects.requireNonNull(position, "position");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** The file as it was named to the reader. */
    public String file() {
        return file;
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    public Position position() {
        return position;
    }

    public Problem problem() {
        return problem;
    }

    /** The message without the file and position. */
    public String detail() {
        return detail;
    }
}
