package dev.bulwark.source.git;

/**
 * Input the change check cannot use: not a git repository, a branch that does not exist, a shallow
 * clone that stops inside the period, a malformed pull-request bundle or {@code changes} section.
 * The message is complete and names the file (and where known the line, column and JSON path).
 */
public final class ChangeInputException extends Exception {
    public ChangeInputException(String message) {
        super(message);
    }

    public ChangeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
