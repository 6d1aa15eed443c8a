package dev.bulwark.cli;

import dev.bulwark.engine.BaselineReader;
import dev.bulwark.engine.Baselines;
import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.ScanRequest;
import dev.bulwark.finding.Baseline;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.report.Formats;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormats;
import dev.bulwark.report.ScanReport;
import dev.bulwark.rule.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark scan}: checks infrastructure code against the policy and reports per requirement. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Checks infrastructure code against the policy's rules and reports, requirement by requirement, "
                + "what passes, fails and cannot be decided.",
                "Exit code: 0 no unsuppressed failure at or above --fail-on (with --fail-on-new: no new one), 1 there is one, "
                        + "2 usage or configuration error (a missing or unreadable --baseline included)."})
final class ScanCommand implements Callable<Integer> {
    /** The format for people, and the default: shown on the screen even when the others go to --output-dir. */
    private static final String CONSOLE = "console";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Directories or files to scan.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatNames.Scan.class,
            description = "console, json, sarif, oscal, html, junit, csv or markdown; repeat for several (default: console).")
    List<String> formats = new ArrayList<>();

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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Mark each failed or undecided finding new or existing against an earlier scan --format json (or baseline write).")
    Path baselineFile;

    @Option(names = "--fail-on-new", description = "With --baseline: the exit code counts only new failures at or above --fail-on.")
    boolean failOnNew;

    @Override
    public Integer call() throws IOException {
        List<String> chosen = formats.isEmpty() ? List.of(CONSOLE) : List.copyOf(new LinkedHashSet<>(formats));
        validateOutputs(chosen);
        // A mistyped name must not turn into a clean scan of nothing, or with defaults, that CI reads as a pass.
        InputFiles.requireExisting(spec, "PATH", paths);
        InputFiles.requireFile(spec, "--config", configFile);
        InputFiles.requireDirectories(spec, "--rules", rulePacks);
        variables.requireFiles();
        if (failOn != null) parseFailOn(failOn, "--fail-on");
        Instant started = Instant.now();
        if (failOnNew && baselineFile == null) throw new CommandLine.ParameterException(spec.commandLine(), "--fail-on-new needs --baseline FILE");
        InputFiles.requireFile(spec, "--baseline", baselineFile);
        Baseline baseline = null;
        try {
            if (baselineFile != null) baseline = BaselineReader.read(baselineFile);
        } catch (BaselineReader.BaselineException e) {
            spec.commandLine().getErr().println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
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
        ScanReport report = Bulwark.report(result, threshold, Version.current(), paths);
        if (baseline != null) report = report.withBaseline(Baselines.compare(baseline, result));
        return writeReports(report, chosen, started);
    }

    /** Writes the report in each format and gives the exit code; {@code bulwark host} writes its reports through this too. */
    int writeReports(ScanReport report, List<String> chosen, Instant started) throws IOException {
        for (String f : chosen) {
            if (!write(f, report, started)) return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        long failing = failOnNew ? report.blockingNewFailures() : report.blockingFailures();
        return failing > 0 ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }

    /** A severity, or null for "none". */
    Severity parseFailOn(String text, String what) {
        if (text.equalsIgnoreCase("none")) return null;
        Severity s = Severity.parse(text);
        if (s == null) throw new CommandLine.ParameterException(spec.commandLine(),
                what + " must be LOW, MEDIUM, HIGH, CRITICAL or none, got '" + text + "'");
        return s;
    }

    void validateOutputs(List<String> chosen) {
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
    private boolean write(String f, ScanReport report, Instant started) throws IOException {
        Formats.Format<ScanReport> format = ReportFormats.SCAN.get(f);
        Path target = output != null ? output
                : outputDir != null && !f.equals(CONSOLE) ? outputDir.resolve("bulwark." + format.extension()) : null;
        if (target == null) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            format.renderer(new RenderOptions(Terminal.colour(), quiet, started)).render(report, w);
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
                format.renderer(new RenderOptions(false, quiet, started)).render(report, w);
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
}
