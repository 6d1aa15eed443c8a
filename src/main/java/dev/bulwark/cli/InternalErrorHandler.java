package dev.bulwark.cli;

import dev.bulwark.model.InternalFailure;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * A bug in Bulwark (not a user error) ends with one line naming the file being processed, if known, and
 * its own exit code, so it never reads as findings or as bad input; the stack trace is printed only with
 * BULWARK_DEBUG=1 so it can be attached to a bug report.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        return report(ex, cli.getErr());
    }

    /** Prints the one line (and the trace when asked for) and returns the exit code. */
    static int report(Throwable ex, PrintWriter err) {
        InternalFailure failure = find(ex);
        Throwable cause = failure != null && failure.getCause() != null ? failure.getCause() : ex;
        String where = failure != null ? " while processing " + failure.file() : "";
        err.println("bulwark: internal error" + where + ": " + describe(cause) + " (set BULWARK_DEBUG=1 for details, and please report it)");
        if ("1".equals(System.getenv("BULWARK_DEBUG"))) ex.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL_ERROR.code;
    }

    private static InternalFailure find(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof InternalFailure f) return f;
            if (t.getCause() == t) break;
        }
        return null;
    }

    /** The exception's class and message, without a stack overflow's (empty) message. */
    private static String describe(Throwable t) {
        if (t instanceof StackOverflowError) return "stack overflow (input nested or chained too deeply)";
        return t.toString();
    }
}
