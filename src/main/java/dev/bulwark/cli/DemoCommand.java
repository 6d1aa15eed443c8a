package dev.bulwark.cli;

import dev.bulwark.engine.demo.DemoWorkspace;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.LedgerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code bulwark demo}: the bundled example's whole policy view, from a scratch copy and a scratch ledger. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Copies the bundled example (examples/aws-platform) into a scratch directory as a git repository with a "
                + "short history, ingests its exports (IAM credential report, identity roster, leavers, two Trivy reports of one "
                + "image) into a new evidence ledger there with a few records of recurring work (some on time, some overdue), "
                + "then runs bulwark status on the copy with --scan and --changes. The example itself is only read.",
                "Exit code: 0 the demo ran (whatever status found), 2 usage or input error."})
final class DemoCommand implements Callable<Integer> {
    static final String EXAMPLE = "examples/aws-platform";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "The scratch directory: new or empty, outside the example (default: a new temporary directory).")
    Path dir;

    @Option(names = "--example", paramLabel = "DIR", description = "The example to copy (default: " + EXAMPLE
            + " in the current directory, else beside the bulwark jar).")
    Path example;

    @Override
    public Integer call() throws IOException {
        Path source = example != null ? example : defaultExample().orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "cannot find " + EXAMPLE + " in the current directory or beside the bulwark jar; name it with --example DIR"));
        InputFiles.requireDirectories(spec, "--example", List.of(source));
        PrintWriter err = spec.commandLine().getErr();
        // JGit logs through SLF4J, which has no provider here: keep its startup notice off the demo's screen.
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
        Path scratch = dir != null ? dir : Files.createTempDirectory("bulwark-demo-");
        LedgerSettings ledger = LedgerSettings.fromEnvironment(scratch.resolve(DemoWorkspace.LEDGER), null,
                EvidenceCommand.environment.get(), EvidenceCommand.clock);
        if (!ledger.embeddedDatabase()) {
            // The demo's ledger is a scratch one; BULWARK_DB must not send its records to a real database.
            err.println("bulwark: demo: BULWARK_DB is set; the demo keeps its ledger in its scratch directory, so unset it first");
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        DemoWorkspace.Result result;
        try {
            result = DemoWorkspace.create(source, scratch, ledger, EvidenceCommand.clock);
        } catch (DemoWorkspace.DemoException e) {
            err.println("bulwark: demo: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } catch (EvidenceException e) {
            for (String p : e.problems()) err.println("bulwark: demo: evidence ledger: " + p);
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        PrintStream out = System.out;
        out.println("Demo workspace " + scratch + " (delete it when done):");
        for (String step : result.steps()) out.println("  " + step);
        List<String> status = new ArrayList<>(List.of("status", result.tree().toString(), "--scan", "--changes",
                "--ledger-dir", result.ledgerDir().toString()));
        out.println();
        out.println("$ bulwark " + String.join(" ", status));
        out.flush();
        int code = Main.run(status.toArray(String[]::new));
        return code == ExitCode.OK.code || code == ExitCode.FINDINGS.code ? ExitCode.OK.code : code;
    }

    /** The example in the current directory, else in the source tree the running jar was built in (target/bulwark.jar). */
    private static Optional<Path> defaultExample() {
        Path here = Path.of(EXAMPLE);
        if (Files.isDirectory(here)) return Optional.of(here);
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve(EXAMPLE))) return Optional.of(p.resolve(EXAMPLE));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no jar location to look beside
        }
        return Optional.empty();
    }
}
