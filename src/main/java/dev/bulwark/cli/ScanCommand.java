package dev.bulwark.cli;

import dev.bulwark.engine.BaselineReader;
import dev.bulwark.engine.Baselines;
import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.ScanRequest;
import dev.bulwark.finding.Baseline;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.report.ScanReport;
import dev.bulwark.rule.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark scan}: checks infrastructure code against the policy and reports per requirement. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Checks infrastructure code against the policy's rules and reports, requirement by requirement, "
                + "what passes, fails and cannot be decided.",
                "Exit code: 0 no unsuppressed failure at or above --fail-on (with --fail-on-new: no new one), 1 there is one, "
                        + "2 usage or configuration error (a missing or unreadable --baseline included)."})
final class ScanCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Directories or files to scan.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    ReportOutputOptions out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "LOW, MEDIUM, HIGH, CRITICAL or none (default: fail_on in .bulwark.yaml, else LOW).")
    String failOn;

    @Mixin
    RuleSelectionOptions selection;

    @Mixin
    TerraformVariableOptions variables;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .bulwark.yaml at the first PATH).")
    Path configFile;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Mark each failed or undecided finding new or existing against an earlier scan --format json (or baseline write).")
    Path baselineFile;

    @Option(names = "--fail-on-new", description = "With --baseline: the exit code counts only new failures at or above --fail-on.")
    boolean failOnNew;

    @Override
    public Integer call() throws IOException {
        List<String> chosen = out.chosen();
        out.validateOutputs(spec, chosen);
        // A mistyped name must not turn into a clean scan of nothing, or with defaults, that CI reads as a pass.
        InputFiles.requireExisting(spec, "PATH", paths);
        InputFiles.requireFile(spec, "--config", configFile);
        InputFiles.requireDirectories(spec, "--rules", selection.rulePacks);
        variables.requireFiles();
        if (failOn != null) ReportOutputOptions.parseFailOn(spec, failOn, "--fail-on");
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
        ScanRequest request = new ScanRequest(paths, variables.sourceOptions(), selection.rulePacks,
                selection.checks, selection.skipChecks, configFile, LocalDate.now());
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
        Severity threshold = ReportOutputOptions.threshold(spec, failOn, config.failOn());
        ScanReport report = Bulwark.report(result, threshold, Version.current(), paths);
        if (baseline != null) report = report.withBaseline(Baselines.compare(baseline, result));
        return out.writeReports(spec, report, chosen, started, failOnNew);
    }
}
