package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.StatusOperation;
import dev.bulwark.engine.StatusRequest;
import dev.bulwark.engine.exports.RolesConfigException;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.process.PolicyStatus;
import dev.bulwark.process.ProcessConfigException;
import dev.bulwark.process.ScanResultsException;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormats;
import dev.bulwark.report.StatusReport;
import dev.bulwark.rule.RuleException;
import dev.bulwark.source.git.ChangeInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark status}: the whole policy at a glance, one line per requirement, from config, evidence and documents. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows every requirement of the policy with its status from the configuration checks (a scan run now with "
                + "--scan, or a saved scan with --results), the evidence ledger (recurring work against its cadence) and the "
                + "configured documents: what fails, what is overdue and by how long, what is due within 14 days, and what "
                + "nothing covers. Systems, cadences and documents come from .bulwark.yaml (see docs/status.md).",
                "Exit code: 0 nothing fails, 1 something fails, 2 usage or configuration error."})
final class StatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH",
            description = "The directory with .bulwark.yaml, and what --scan scans (default: the current directory).")
    Path path = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console", converter = FormatNames.Status.class,
            description = "console, json, oscal or html (default: console).")
    String format;

    @Option(names = "--scan", description = "Scan PATH now for the configuration side.")
    boolean scan;

    @Option(names = "--results", paramLabel = "FILE", description = "Take the configuration side from a saved bulwark scan --format json.")
    Path results;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .bulwark.yaml in PATH).")
    Path configFile;

    @Option(names = "--rules", paramLabel = "DIR", description = "With --scan: also run this custom rule pack (repeatable).")
    List<Path> rulePacks = new ArrayList<>();

    @Mixin
    TerraformVariableOptions variables;

    @Option(names = "--changes", description = "Also judge the change history of PATH's git repository (3.5.1), as bulwark changes does.")
    boolean changes;

    @Option(names = "--pull-requests", paramLabel = "FILE", description = "With --changes: the pull requests and reviews (see bulwark changes).")
    Path pullRequests;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() throws IOException {
        if (scan && results != null) throw usage("use either --scan or --results, not both");
        if (!scan && (!rulePacks.isEmpty() || variables.any())) {
            throw usage("--rules, --var-file, --var, --download-modules and --allow-loopback-http apply to --scan");
        }
        InputFiles.requireExisting(spec, "PATH", List.of(path));
        InputFiles.requireFile(spec, "--config", configFile);
        InputFiles.requireFile(spec, "--results", results);
        InputFiles.requireDirectories(spec, "--rules", rulePacks);
        InputFiles.requireFile(spec, "--pull-requests", pullRequests);
        variables.requireFiles();
        PrintWriter err = spec.commandLine().getErr();
        StatusRequest request = new StatusRequest(path, configFile, scan, results, rulePacks, variables.sourceOptions(), changes, pullRequests,
                ledger::settings, EvidenceCommand.clock);
        try {
            PolicyStatus status;
            try (Progress progress = scan ? new Progress("scanning") : null) {
                status = StatusOperation.run(request, w -> err.println("bulwark: warning: " + w));
            }
            StatusReport report = new StatusReport(status, Version.current());
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            ReportFormats.STATUS.get(format).renderer(new RenderOptions(Terminal.colour(), false, EvidenceCommand.clock.instant())).render(report, out);
            out.flush();
            return report.failed() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
        } catch (ProcessConfigException | ScanResultsException | RuleException | Bulwark.ScanSetupException | ScanConfig.ConfigException
                 | RolesConfigException | ChangeInputException e) {
            err.println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } catch (EvidenceException e) {
            for (String p : e.problems()) err.println("bulwark: status: evidence ledger: " + p);
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } finally {
            err.flush();
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
