package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.ScanRequest;
import dev.bulwark.finding.BaselineComparison;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.report.FindingsJsonReport;
import dev.bulwark.report.ScanReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark baseline}: records the findings of today, so that later scans can report only what is new. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Records the current findings as a baseline for bulwark scan --baseline FILE.",
        subcommands = {BaselineCommand.Write.class})
final class BaselineCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (try: bulwark baseline write FILE PATH)");
    }

    /** {@code bulwark baseline write FILE [PATH…]}: a scan's JSON results, written to FILE whatever they hold. */
    @Command(name = "write", mixinStandardHelpOptions = true,
            description = {"Scans PATH (default: the current directory) and writes the results, as bulwark scan --format json "
                    + "would, to FILE: the baseline that bulwark scan --baseline FILE compares with.",
                    "Exit code: 0 written (findings do not fail it), 2 usage, configuration or write error."})
    static final class Write implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the baseline (replaced when it exists).")
        Path file;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Directories or files to scan (default: .).")
        List<Path> paths = new ArrayList<>();

        @Mixin
        RuleSelectionOptions selection;

        @Mixin
        TerraformVariableOptions variables;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .bulwark.yaml at the first PATH).")
        Path configFile;

        @Override
        public Integer call() {
            List<Path> scanned = paths.isEmpty() ? List.of(Path.of(".")) : paths;
            InputFiles.requireExisting(spec, "PATH", scanned);
            InputFiles.requireFile(spec, "--config", configFile);
            InputFiles.requireDirectories(spec, "--rules", selection.rulePacks);
            variables.requireFiles();
            if (Files.isDirectory(file)) throw new CommandLine.ParameterException(spec.commandLine(), "FILE: " + file + " is a directory");
            ScanRequest request = new ScanRequest(scanned, variables.sourceOptions(), selection.rulePacks, selection.checks, selection.skipChecks, configFile, LocalDate.now());
            ScanResult result;
            ScanConfig config;
            try (Progress progress = new Progress("scanning")) {
                config = Bulwark.config(request);
                result = Bulwark.scan(request, config);
            } catch (Bulwark.ScanSetupException e) {
                spec.commandLine().getErr().println("bulwark: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT_ERROR.code;
            }
            ScanReport report = Bulwark.report(result, null, Version.current(), scanned);
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    FindingsJsonReport.write(report, w);
                }
            } catch (IOException e) {
                spec.commandLine().getErr().println("bulwark: cannot write " + file + ": " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT_ERROR.code;
            }
            long recorded = result.findings().stream().filter(BaselineComparison::judged).count();
            spec.commandLine().getErr().println("bulwark: wrote " + file + " (" + recorded + " failed or undecided findings recorded)");
            return ExitCode.OK.code;
        }
    }
}
