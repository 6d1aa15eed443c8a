package dev.bulwark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulwark} command. */
@Command(name = "bulwark",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Checks infrastructure code and evidence against a security policy, requirement by requirement.",
        subcommands = {ScanCommand.class, InspectCommand.class, RulesCommand.class, ExplainCommand.class, PolicyCommand.class, EvidenceCommand.class, ChangesCommand.class, StatusCommand.class, IngestCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("bulwark: out of memory; give the JVM more heap, e.g. BULWARK_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx4g\" ./bulwark …");
            code = ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (used by tests without exiting the JVM). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main())
                .setExitCodeExceptionMapper(e -> ExitCode.USAGE_OR_INPUT_ERROR.code)
                .setExecutionExceptionHandler(new InternalErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler());
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: bulwark inspect PATH)");
    }
}
