package dev.bulwark.cli;

import picocli.CommandLine;

/**
 * A bug in Bulwark (not a user error) still ends with a short message and exit code 2; the stack
 * trace is printed only with BULWARK_DEBUG=1 so it can be attached to a bug report.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        cli.getErr().println("bulwark: internal error: " + ex + " (set BULWARK_DEBUG=1 for details, and please report it)");
        if ("1".equals(System.getenv("BULWARK_DEBUG"))) ex.printStackTrace(cli.getErr());
        return ExitCode.USAGE_OR_INPUT_ERROR.code;
    }
}
