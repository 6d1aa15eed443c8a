package dev.bulwark.cli;

/** Bulwark's process exit codes; the README documents the same table. */
public enum ExitCode {
    /** Nothing at or above the failure threshold (for inspect: the model loaded without errors). */
    OK(0),
    /** Findings at or above the failure threshold. */
    FINDINGS(1),
    /** Bad command line, or input that could not be read or parsed. */
    USAGE_OR_INPUT_ERROR(2),
    /** An unexpected internal error (a bug in Bulwark): one line on stderr names the file being processed. */
    INTERNAL_ERROR(3);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
