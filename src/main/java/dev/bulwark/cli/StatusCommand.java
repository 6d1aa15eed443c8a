package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.ScanRequest;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceKeyException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.LedgerLossException;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.evidence.NoLedgerException;
import dev.bulwark.engine.ChangeAudit;
import dev.bulwark.engine.Settings;
import dev.bulwark.engine.exports.ExportFindings;
import dev.bulwark.engine.exports.RolesConfig;
import dev.bulwark.engine.exports.RolesConfigException;
import dev.bulwark.engine.exports.RolesConfigReader;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.rule.GitContext;
import dev.bulwark.source.git.ChangeInputException;
import dev.bulwark.source.git.ChangeSettings;
import dev.bulwark.source.git.GitHistoryReader;
import dev.bulwark.source.git.HistoryQuery;
import dev.bulwark.source.git.PullRequestBundle;
import dev.bulwark.source.git.PullRequestBundleReader;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.process.ConfigResults;
import dev.bulwark.report.HtmlStatusReport;
import dev.bulwark.process.EvidenceSnapshot;
import dev.bulwark.process.LedgerIntegrity;
import dev.bulwark.process.PolicyStatus;
import dev.bulwark.process.ProcessConfig;
import dev.bulwark.process.ProcessConfigException;
import dev.bulwark.process.ProcessConfigReader;
import dev.bulwark.process.ProcessResult;
import dev.bulwark.process.ProcessRules;
import dev.bulwark.process.ScanResultsException;
import dev.bulwark.process.ScanResultsReader;
import dev.bulwark.process.StatusEvaluator;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bulwark status}: the whole policy at a glance, one line per requirement, from config, evidence and documents. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows every requirement of the policy with its status from the configuration checks (a scan run now with "
                + "--scan, or a saved scan with --results), the evidence ledger (recurring work against its cadence) and the "
                + "configured documents: what fails, what is overdue and by how long, what is due within 14 days, and what "
                + "nothing covers. Systems, cadences and documents come from .bulwark.yaml (see docs/status.md).",
                "Exit code: 0 nothing fails, 1 something fails, 2 usage or configuration error."})
final class StatusCommand implements Callable<Integer> {
    enum Format { console, json, html }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH",
            description = "The directory with .bulwark.yaml, and what --scan scans (default: the current directory).")
    Path path = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console", description = "console, json or html (default: console).")
    Format format;

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
    public Integer call() throws java.io.IOException {
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
        Path workingDir = Path.of("").toAbsolutePath();
        LocalDate today = LocalDate.now(EvidenceCommand.clock);
        try {
            Path configDir = Files.isRegularFile(path) ? path.toAbsolutePath().getParent() : path;
            Path file = configFile != null ? configFile : configDir.resolve(ProcessConfigReader.FILE_NAME);
            ProcessConfig config;
            if (Files.isRegularFile(file)) {
                ScanConfig.read(file); // the whole file's top-level keys, so that a misspelt section is not silently ignored
                config = ProcessConfigReader.read(file, workingDir);
            } else {
                config = ProcessConfig.empty(configDir.toAbsolutePath().normalize());
            }
            List<Rule> rules = Bulwark.rules(rulePacks).all();
            ProcessRules processRules = ProcessRules.of(rules);
            ConfigResults configResults = configResults(file, today);
            EvidenceSnapshot evidence = evidence(processRules, err);
            List<Finding> live = new ArrayList<>(exportFindings(file, rules));
            if (changes) live.addAll(changeFindings(rules));
            PolicyStatus status = new StatusEvaluator(PolicyCatalogue.bundled(), config, today, configResults, rules, evidence, processRules,
                    live).evaluate();
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            if (format == Format.json) StatusJson.write(status, Version.current(), out);
            else if (format == Format.html) HtmlStatusReport.write(status, Version.current(), out);
            else new StatusConsole(Terminal.colour()).write(status, out);
            out.flush();
            return status.failed() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
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

    /** The configuration side: a saved scan, a scan now, or none. */
    private ConfigResults configResults(Path configFile, LocalDate today) throws ScanResultsException, Bulwark.ScanSetupException {
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        if (results != null) return ScanResultsReader.read(results, results.toString(), policy);
        if (!scan) return null;
        ScanRequest request = new ScanRequest(List.of(path), variables.loadOptions(), rulePacks, List.of(), List.of(),
                Files.isRegularFile(configFile) ? configFile : null, today);
        ScanResult result;
        try (Progress progress = new Progress("scanning")) {
            result = Bulwark.scan(request, Bulwark.config(request));
        }
        return ConfigResults.fromScan("scan of " + path, result, policy);
    }

    /** The export rules on the latest ingested exports of each kind, system and target; none without a ledger. */
    private List<Finding> exportFindings(Path configFile, List<Rule> rules)
            throws EvidenceException, ScanConfig.ConfigException, RolesConfigException {
        LedgerSettings settings = ledger.settings();
        boolean configured = Files.isRegularFile(configFile);
        Map<String, Object> thresholds = Settings.resolve(configured ? ScanConfig.read(configFile).settings() : Map.of());
        RolesConfig roles = configured ? RolesConfigReader.read(configFile) : RolesConfig.NONE;
        try (EvidenceLedger l = EvidenceLedger.openForReading(settings)) {
            return ExportFindings.latest(l, thresholds, EvidenceCommand.clock, roles, rules);
        } catch (NoLedgerException | LedgerLossException e) {
            return List.of(); // the evidence part says what is wrong with the ledger
        }
    }

    /** The change-approval rule on PATH's history over the configured look-back period. */
    private List<Finding> changeFindings(List<Rule> rules) throws ChangeInputException {
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
        List<Path> dirs = new ArrayList<>(List.of(path));
        GitHistoryReader.findWorkTree(path).ifPresent(dirs::add);
        ChangeSettings settings = configFile != null ? ChangeSettings.read(configFile) : ChangeSettings.discover(dirs);
        java.time.Instant end = java.time.Instant.now(EvidenceCommand.clock);
        HistoryQuery query = new HistoryQuery(settings.branch(), end.minus(java.time.Duration.ofDays(settings.lookbackDays())), end,
                settings.infrastructureFiles());
        PullRequestBundle prs = pullRequests == null || !settings.approval().acceptsPullRequests()
                ? PullRequestBundle.none() : PullRequestBundleReader.read(pullRequests);
        List<Rule> gitRules = rules.stream().filter(r -> !r.git().isEmpty()).toList();
        return ChangeAudit.run(GitHistoryReader.read(path, query), new GitContext(settings, prs), gitRules).findings();
    }

    /** The ledger's records and integrity; no ledger yet is not an error (nothing was recorded), and nothing is created. */
    private EvidenceSnapshot evidence(ProcessRules rules, PrintWriter err) throws EvidenceException {
        LedgerSettings settings = ledger.settings();
        Rule rule = rules.rule(ProcessRules.LEDGER_INTEGRITY);
        try (EvidenceLedger l = EvidenceLedger.openForReading(settings)) {
            ProcessResult integrity;
            try {
                integrity = LedgerIntegrity.judge(rule, l.verify(), l.location());
            } catch (EvidenceKeyException e) {
                integrity = LedgerIntegrity.unverifiable(rule, l.location(), String.join("; ", e.problems()));
            }
            EvidenceSnapshot snapshot = new EvidenceSnapshot(l.location(), true, l.index(), integrity);
            for (String w : l.warnings()) err.println("bulwark: warning: " + w);
            return snapshot;
        } catch (NoLedgerException e) {
            return EvidenceSnapshot.none(settings.location());
        } catch (LedgerLossException e) {
            return new EvidenceSnapshot(settings.location(), true, EvidenceIndex.of(List.of()),
                    LedgerIntegrity.lost(rule, settings.location(), String.join("; ", e.problems())));
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
