package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.SecretHistoryOperation;
import dev.bulwark.engine.SecretsOperation;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.report.ScanReport;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.Severity;
import dev.bulwark.source.git.ChangeInputException;
import dev.bulwark.source.git.CommittedBlobs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark secrets}: secrets written into a repository, with {@code --history} every one ever committed. */
@Command(name = "secrets", mixinStandardHelpOptions = true,
        description = {"Reports the secrets written into the files under PATH (the secrets part of bulwark scan, alone), or with "
                + "--history every secret ever committed to the repository's branches (local and remote-tracking): the commit that "
                + "first brought it in, its author and date, the file and line, and whether it is still in the working tree. A secret "
                + "in history stays exposed until it is rotated, even once removed. Read-only.",
                "Exit code: 0 no secret at or above --fail-on, 1 there is one, 2 usage or input error (not a git repository, "
                        + "a bad --since date)."})
final class SecretsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "The directory to look in; with --history, the repository's working tree or a directory in it (default: the current directory).")
    Path path = Path.of(".");

    @Option(names = "--history", description = "Look through every commit reachable from the branches, not just the current files.")
    boolean history;

    @Option(names = "--since", paramLabel = "DATE", description = "With --history: only commits made on or after DATE (a date such as "
            + "2026-01-01, from the start of that day in UTC, or a time such as 2026-01-01T09:00:00Z), by commit time.")
    String since;

    @Mixin
    ReportOutputOptions out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "LOW, MEDIUM, HIGH, CRITICAL or none (default: fail_on in .bulwark.yaml at PATH, else LOW).")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file: fail_on and the suppressions (with --history only "
            + "those of the file, by rule and fingerprint; history has no comments to read) (default: .bulwark.yaml at PATH).")
    Path configFile;

    @Override
    public Integer call() throws IOException {
        if (since != null && !history) throw usage("--since limits the commits looked through: it needs --history");
        Instant started = Instant.now();
        List<String> chosen = out.chosen();
        out.validateOutputs(spec, chosen);
        InputFiles.requireExisting(spec, "PATH", List.of(path));
        InputFiles.requireFile(spec, "--config", configFile);
        if (failOn != null) ReportOutputOptions.parseFailOn(spec, failOn, "--fail-on");
        if (!history) return workingTree(chosen, started);
        Instant from = null;
        if (since != null) {
            try {
                from = DateOption.parse(since, "--since", false);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        SecretHistoryOperation.Result result;
        String configuredFailOn;
        try {
            ScanConfig config = config();
            configuredFailOn = config.failOn();
            try (Progress progress = new Progress("reading history")) {
                result = SecretHistoryOperation.run(path, from, Path.of(""), config, LocalDate.now());
            }
        } catch (ChangeInputException | RuleException | ScanConfig.ConfigException e) {
            err.println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        err.println("bulwark: " + coverage(result.coverage(), from));
        err.flush();
        Severity threshold = ReportOutputOptions.threshold(spec, failOn, configuredFailOn);
        ScanReport report = Bulwark.report(result.scan(), threshold, Version.current(), List.of(result.workTree()));
        return out.writeReports(spec, report, chosen, started, false);
    }

    /** The secrets in the files under PATH now, judged and suppressed as {@code bulwark scan} judges them. */
    private int workingTree(List<String> chosen, Instant started) throws IOException {
        ScanResult result;
        ScanConfig config;
        try (Progress progress = new Progress("scanning")) {
            config = config();
            result = SecretsOperation.scanWorkingTree(List.of(path), new TerraformVariableOptions().sourceOptions(),
                    Bulwark.rules(List.of()).all(), config, LocalDate.now());
        } catch (RuleException | ScanConfig.ConfigException e) {
            spec.commandLine().getErr().println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        Severity threshold = ReportOutputOptions.threshold(spec, failOn, config.failOn());
        return out.writeReports(spec, Bulwark.report(result, threshold, Version.current(), List.of(path)), chosen, started, false);
    }

    private ScanConfig config() throws ScanConfig.ConfigException {
        return configFile != null ? ScanConfig.read(configFile) : ScanConfig.discover(List.of(path));
    }

    /** One line on what the walk covered, so an empty report is not mistaken for a clean history of something else. */
    static String coverage(CommittedBlobs.Coverage c, Instant since) {
        String refs = c.starts().isEmpty() ? "no branch" : String.join(", ", c.starts());
        String skipped = c.binary() + c.tooLarge() == 0 ? ""
                : "; left out " + c.binary() + " binary and " + c.tooLarge() + " over " + CommittedBlobs.MAX_BLOB_BYTES / (1024 * 1024) + " MiB";
        return "history " + (since == null ? "" : "since " + since + " ") + "of " + refs + ": " + c.commits() + " commits, "
                + c.read() + " file versions read (" + c.bytes() / 1024 + " KiB)" + skipped;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
