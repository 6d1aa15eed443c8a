package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.ScanRequest;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.report.ConsoleReport;
import dev.bulwark.report.FindingsJsonReport;
import dev.bulwark.report.SarifReport;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.SourceRoot;
import dev.bulwark.rule.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark scan}: checks infrastructure code against the policy and reports per requirement. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Checks infrastructure code against the policy's rules and reports, requirement by requirement, "
                + "what passes, fails and cannot be decided.",
                "Exit code: 0 no unsuppressed failure at or above --fail-on, 1 there is one, 2 usage or configuration error."})
final class ScanCommand implements Callable<Integer> {
    enum Format {
        console("txt"), json("json"), sarif("sarif");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Directories or files to scan.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "console, json or sarif; repeat for several (default: console).")
    List<Format> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the (single) report to FILE instead of standard output.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write each report to DIR/bulwark.<format>.")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "LOW, MEDIUM, HIGH, CRITICAL or none (default: fail_on in .bulwark.yaml, else LOW).")
    String failOn;

    @Option(names = "--check", paramLabel = "ID", description = "Run only these rules (repeatable).")
    List<String> checks = new ArrayList<>();

    @Option(names = "--skip-check", paramLabel = "ID", description = "Do not run these rules (repeatable).")
    List<String> skipChecks = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "A custom rule pack directory (repeatable).")
    List<Path> rulePacks = new ArrayList<>();

    @Mixin
    TerraformVariableOptions variables;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .bulwark.yaml at the first PATH).")
    Path configFile;

    @Option(names = "--quiet", description = "Console: only failures and the totals.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        List<Format> chosen = formats.isEmpty() ? List.of(Format.console) : List.copyOf(new LinkedHashSet<>(formats));
        validateOutputs(chosen);
        // A mistyped name must not turn into a clean scan of nothing, or with defaults, that CI reads as a pass.
        InputFiles.requireExisting(spec, "PATH", paths);
        InputFiles.requireFile(spec, "--config", configFile);
        InputFiles.requireDirectories(spec, "--rules", rulePacks);
        variables.requireFiles();
        if (failOn != null) parseFailOn(failOn, "--fail-on");
        ScanRequest request = new ScanRequest(paths, variables.sourceOptions(), rulePacks,
                checks, skipChecks, configFile, LocalDate.now());
        ScanResult result;
        ScanConfig config;
        Progress progress = new Progress("scanning");
        try {
            config = Bulwark.config(request);
            result = Bulwark.scan(request, config);
        } catch (Bulwark.ScanSetupException e) {
            spec.commandLine().getErr().println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } finally {
            progress.close();
        }
        Severity threshold = failOn != null ? parseFailOn(failOn, "--fail-on")
                : config.failOn() != null ? parseFailOn(config.failOn(), "fail_on") : Severity.LOW;
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        ScanReport report = new ScanReport(result, policy, PolicyEvaluation.evaluate(policy, result.rules(), result.findings()),
                threshold, Version.current(), SourceRoot.forScan(paths, Path.of("")));
        return writeReports(report, chosen);
    }

    /** Writes the report in each format and gives the exit code; {@code bulwark host} writes its reports through this too. */
    int writeReports(ScanReport report, List<Format> chosen) throws IOException {
        for (Format f : chosen) {
            if (!write(f, report)) return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        return report.blockingFailures() > 0 ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }

    /** A severity, or null for "none". */
    Severity parseFailOn(String text, String what) {
        if (text.equalsIgnoreCase("none")) return null;
        Severity s = Severity.parse(text);
        if (s == null) throw new CommandLine.ParameterException(spec.commandLine(),
                what + " must be LOW, MEDIUM, HIGH, CRITICAL or none, got '" + text + "'");
        return s;
    }

    void validateOutputs(List<Format> chosen) {
        if (output != null && outputDir != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "use either --output or --output-dir, not both");
        }
        if (output != null && chosen.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output takes one format; use --output-dir for several");
        }
        if (output == null && outputDir == null && chosen.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "several formats need --output-dir");
        }
    }

    /**
     * To --output; to --output-dir (console still to the screen); else to standard output. False
     * (after saying why) when the file cannot be written: a user's path problem, not a bug.
     */
    private boolean write(Format f, ScanReport report) throws IOException {
        Path target = output != null ? output
                : outputDir != null && f != Format.console ? outputDir.resolve("bulwark." + f.extension) : null;
        if (target == null) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            render(f, report, w, f == Format.console && Terminal.colour());
            w.flush();
            return true;
        }
        Path parent = target.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            spec.commandLine().getErr().println("bulwark: cannot write " + target + ": the directory " + parent
                    + " does not exist and cannot be created: " + describe(e));
            return false;
        }
        try {
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                render(f, report, w, false);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("bulwark: cannot write " + target + ": " + describe(e));
            return false;
        }
        spec.commandLine().getErr().println("bulwark: wrote " + target);
        return true;
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + " exists and is not a directory";
        if (e instanceof NoSuchFileException f) return "no such file or directory: " + f.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private void render(Format f, ScanReport report, Writer w, boolean colour) throws IOException {
        switch (f) {
            case console -> new ConsoleReport(colour, quiet).write(report, new PrintWriter(w));
            case json -> FindingsJsonReport.write(report, w);
            case sarif -> SarifReport.write(report, w);
        }
    }
}
