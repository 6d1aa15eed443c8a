package dev.bulwark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulwark} command. */
@Command(name = "bulwark",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Checks infrastructure code and evidence against a security policy, requirement by requirement.",
        subcommands = {ScanCommand.class, HostCommand.class, InspectCommand.class, RulesCommand.class, ExplainCommand.class, PolicyCommand.class, EvidenceCommand.class, ChangesCommand.class, SecretsCommand.class, StatusCommand.class, IngestCommand.class, BaselineCommand.class, DemoCommand.class, AuditPackCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Reports walk values as deep as evaluation builds them: the command's thread gets a stack like the evaluators'. */
    private static final long COMMAND_STACK_BYTES = 192L * 1024 * 1024;

    public static void main(String[] args) throws InterruptedException {
        int[] code = {ExitCode.INTERNAL_ERROR.code};
        Thread command = new Thread(null, () -> {
            try {
                code[0] = run(args);
            } catch (OutOfMemoryError e) {
                System.err.println("bulwark: out of memory; give the JVM more heap, e.g. BULWARK_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx4g\" ./bulwark …");
                code[0] = ExitCode.USAGE_OR_INPUT_ERROR.code;
            }
        }, "bulwark", COMMAND_STACK_BYTES);
        command.start();
        command.join();
        System.exit(code[0]);
    }

    /** Runs the command line and returns the exit code (used by tests without exiting the JVM). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main())
                .setExitCodeExceptionMapper(e -> ExitCode.USAGE_OR_INPUT_ERROR.code)
                .setExecutionExceptionHandler(new InternalErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler());
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Error e) {
            // picocli hands only exceptions to the handler; errors (a stack overflow, a missing class) get the same one line.
            return InternalErrorHandler.report(e, cli.getErr());
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: bulwark inspect PATH)");
    }
}
