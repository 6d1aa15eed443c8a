package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.HostEvidence;
import dev.bulwark.engine.HostScanRequest;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.report.ScanReport;
import dev.bulwark.rule.Severity;
import dev.bulwark.source.host.HostRoot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark host}: checks the running system, or a root file system offline, against the policy's host baseline. */
@Command(name = "host", mixinStandardHelpOptions = true,
        description = {"Checks this host (or, with --root, a mounted root file system or unpacked container image) against "
                + "the policy's host baseline: SSH server, kernel and network settings, firewall. Read-only: it changes "
                + "nothing, runs no package manager and uses no network.",
                "Exit code: 0 no unsuppressed failure at or above --fail-on, 1 there is one, 2 usage or input error "
                        + "(among them a --root that is not a Linux root file system)."})
final class HostCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Check the root file system in DIR offline (a mounted disk or an unpacked image) instead of the running system.")
    Path root;

    @Mixin
    ReportOutputOptions out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "LOW, MEDIUM, HIGH, CRITICAL or none (default: fail_on in the --config file, else LOW).")
    String failOn;

    @Mixin
    RuleSelectionOptions selection;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file with suppressions, skips and fail_on (default: none).")
    Path configFile;

    @Option(names = "--record", description = "Also store the result in the evidence ledger for --system, where status "
            + "counts it for the requirements of the host rules and shows when the host was last checked.")
    boolean record;

    @Option(names = "--system", paramLabel = "NAME", description = "With --record: the system this host belongs to (as in systems: of .bulwark.yaml).")
    String system;

    @Option(names = "--by", paramLabel = "WHO", defaultValue = "${sys:user.name}",
            description = "With --record: who ran the check (default: the user running bulwark, ${DEFAULT-VALUE}).")
    String by;

    @CommandLine.Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() throws IOException {
        Instant started = Instant.now();
        List<String> chosen = out.chosen();
        out.validateOutputs(spec, chosen);
        if (root != null && !Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--root: " + root + (Files.exists(root) ? " is not a directory" : " does not exist"));
        }
        InputFiles.requireFile(spec, "--config", configFile);
        InputFiles.requireDirectories(spec, "--rules", selection.rulePacks);
        if (failOn != null) ReportOutputOptions.parseFailOn(spec, failOn, "--fail-on");
        if (record && (system == null || system.isBlank())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--record needs --system NAME: the system the host belongs to");
        }
        if (!record && system != null) throw new CommandLine.ParameterException(spec.commandLine(), "--system names the system to record for: it needs --record");
        HostRoot target = root != null ? HostRoot.offline(root) : HostRoot.live();
        HostScanRequest request = new HostScanRequest(target, selection.rulePacks, selection.checks, selection.skipChecks, configFile, EvidenceCommand.clock);
        ScanResult result;
        ScanConfig config;
        try {
            config = Bulwark.config(request);
            result = Bulwark.scanHost(request, config);
        } catch (Bulwark.ScanSetupException e) {
            spec.commandLine().getErr().println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        Severity threshold = ReportOutputOptions.threshold(spec, failOn, config.failOn());
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        ScanReport report = new ScanReport(result, policy, PolicyEvaluation.evaluate(policy, result.rules(), result.findings()),
                threshold, Version.current(), Path.of("/"));
        if (record) {
            PrintWriter err = spec.commandLine().getErr();
            try {
                EvidenceRecord r = HostEvidence.store(ledger.settings(), result, target.toString(), system.strip(), by, EvidenceCommand.clock.instant(),
                        w -> err.println("bulwark: warning: " + w));
                err.println("bulwark: recorded the host baseline as " + r.id() + " for " + r.system());
            } catch (EvidenceException e) {
                for (String p : e.problems()) err.println("bulwark: host --record: " + p);
                err.println("bulwark: nothing was recorded");
                err.flush();
                return ExitCode.USAGE_OR_INPUT_ERROR.code;
            }
            err.flush();
        }
        return out.writeReports(spec, report, chosen, started, false);
    }
}
