package dev.bulwark.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * A usage error prints what is wrong, the one usage line of the command it concerns, and where to
 * find the rest; the whole help would bury the message.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        String command = cli.getCommandSpec().qualifiedName();
        err.println(command + ": " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.print("Usage: " + cli.getHelp().synopsis(0));
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE_OR_INPUT_ERROR.code;
    }
}
