package dev.bulwark.cli;

import dev.bulwark.report.Formats;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormats;
import dev.bulwark.report.ScanReport;
import dev.bulwark.rule.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where and how a scan's report is written ({@code --format}, {@code --output}, {@code --output-dir},
 * {@code --quiet}), and the exit code it gives: shared by {@code scan} and {@code host}.
 */
final class ReportOutputOptions {
    /** The format for people, and the default: shown on the screen even when the others go to --output-dir. */
    private static final String CONSOLE = "console";

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatNames.Scan.class,
            description = "console, json, sarif, oscal, html, junit, csv or markdown; repeat for several (default: console).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the (single) report to FILE instead of standard output.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write each report to DIR/bulwark.<format>.")
    Path outputDir;

    @Option(names = "--quiet", description = "Console: only failures and the totals.")
    boolean quiet;

    /** The formats asked for, each once in the order given; console when none is. */
    List<String> chosen() {
        return formats.isEmpty() ? List.of(CONSOLE) : List.copyOf(new LinkedHashSet<>(formats));
    }

    /** Refuses combinations that cannot be written: --output with --output-dir, or several formats to one place. */
    void validateOutputs(CommandSpec spec, List<String> chosen) {
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
     * Writes the report in each format and gives the exit code: findings when a failure at or above the
     * report's threshold is unsuppressed (with {@code newOnly}, only new ones count).
     */
    int writeReports(CommandSpec spec, ScanReport report, List<String> chosen, Instant started, boolean newOnly) throws IOException {
        for (String f : chosen) {
            if (!write(spec, f, report, started)) return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        long failing = newOnly ? report.blockingNewFailures() : report.blockingFailures();
        return failing > 0 ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }

    /**
     * The severity that makes the exit code 1: {@code --fail-on} when given, else {@code fail_on} of
     * the configuration file, else LOW; null for "none".
     */
    static Severity threshold(CommandSpec spec, String failOnOption, String configured) {
        if (failOnOption != null) return parseFailOn(spec, failOnOption, "--fail-on");
        return configured != null ? parseFailOn(spec, configured, "fail_on") : Severity.LOW;
    }

    /** A severity, or null for "none". */
    static Severity parseFailOn(CommandSpec spec, String text, String what) {
        if (text.equalsIgnoreCase("none")) return null;
        Severity s = Severity.parse(text);
        if (s == null) throw new CommandLine.ParameterException(spec.commandLine(),
                what + " must be LOW, MEDIUM, HIGH, CRITICAL or none, got '" + text + "'");
        return s;
    }

    /**
     * To --output; to --output-dir (console still to the screen); else to standard output. False
     * (after saying why) when the file cannot be written: a user's path problem, not a bug.
     */
    private boolean write(CommandSpec spec, String f, ScanReport report, Instant started) throws IOException {
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
