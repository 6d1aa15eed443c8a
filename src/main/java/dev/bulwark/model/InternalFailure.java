package dev.bulwark.model;

/**
 * A failure Bulwark did not expect (a bug or a limit of the machine, not a problem in the input) while
 * processing one file, so the message can say which file to look at or attach to a report.
 */
public final class InternalFailure extends RuntimeException {
    private final String file;

    public InternalFailure(String file, Throwable cause) {
        super("while processing " + file + ": " + cause, cause);
        this.file = file;
    }

    /** The file (as shown to the user, with a line where known) being processed when it failed. */
    public String file() {
        return file;
    }
}
