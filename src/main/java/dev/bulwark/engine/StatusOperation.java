package dev.bulwark.engine;

import dev.bulwark.source.git.InfrastructureFiles;
import dev.bulwark.source.git.ChangeSettingsReader;
import dev.bulwark.engine.exports.ExportFindings;
import dev.bulwark.engine.exports.RolesConfig;
import dev.bulwark.engine.exports.RolesConfigException;
import dev.bulwark.engine.exports.RolesConfigReader;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceKeyException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.LedgerLossException;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.evidence.NoLedgerException;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.process.ConfigResults;
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
import dev.bulwark.rule.GitContext;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.source.git.ChangeInputException;
import dev.bulwark.model.change.ChangeSettings;
import dev.bulwark.source.git.GitHistoryReader;
import dev.bulwark.source.git.HistoryQuery;
import dev.bulwark.model.change.PullRequestBundle;
import dev.bulwark.source.git.PullRequestBundleReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code status}: the whole policy from the configuration side (a scan now or a saved one), the
 * evidence ledger (read only: a missing ledger is not created), the export rules on the latest
 * ingested exports, the change history when asked, and the configured documents.
 */
public final class StatusOperation {
    private final StatusRequest request;
    private final Consumer<String> warnings;
    /** The configuration side when the caller already has it (the audit pack's own scan); null: as the request says. */
    private final ConfigResults configSide;

    private StatusOperation(StatusRequest request, Consumer<String> warnings, ConfigResults configSide) {
        this.request = request;
        this.warnings = warnings;
        this.configSide = configSide;
    }

    /** Evaluates the status; the ledger's warnings go to {@code warnings}. */
    public static PolicyStatus run(StatusRequest request, Consumer<String> warnings)
            throws ProcessConfigException, ScanResultsException, RuleException, Bulwark.ScanSetupException, ScanConfig.ConfigException,
            RolesConfigException, ChangeInputException, EvidenceException {
        return new StatusOperation(request, warnings, null).evaluate();
    }

    /** As {@link #run(StatusRequest, Consumer)}, with the configuration side from a scan the caller made. */
    static PolicyStatus run(StatusRequest request, ConfigResults configSide, Consumer<String> warnings)
            throws ProcessConfigException, ScanResultsException, RuleException, Bulwark.ScanSetupException, ScanConfig.ConfigException,
            RolesConfigException, ChangeInputException, EvidenceException {
        return new StatusOperation(request, warnings, configSide).evaluate();
    }

    private PolicyStatus evaluate() throws ProcessConfigException, ScanResultsException, RuleException, Bulwark.ScanSetupException,
            ScanConfig.ConfigException, RolesConfigException, ChangeInputException, EvidenceException {
        Path workingDir = Path.of("").toAbsolutePath();
        LocalDate today = LocalDate.now(request.clock());
        Path path = request.path();
        Path configDir = Files.isRegularFile(path) ? path.toAbsolutePath().getParent() : path;
        Path file = request.configFile() != null ? request.configFile() : configDir.resolve(ProcessConfigReader.FILE_NAME);
        ProcessConfig config;
        if (Files.isRegularFile(file)) {
            ScanConfig.read(file); // the whole file's top-level keys, so that a misspelt section is not silently ignored
            config = ProcessConfigReader.read(file, workingDir);
        } else {
            config = ProcessConfig.empty(configDir.toAbsolutePath().normalize());
        }
        List<Rule> rules = Bulwark.rules(request.rulePacks()).all();
        ProcessRules processRules = ProcessRules.of(rules);
        ConfigResults configResults = configSide != null ? configSide : configResults(file, today);
        EvidenceSnapshot evidence = evidence(processRules);
        List<Finding> live = new ArrayList<>(exportFindings(file, rules));
        List<Finding> hosts = hostFindings(rules, processRules, config, today);
        live.addAll(hosts);
        if (request.changes()) live.addAll(changeFindings(rules));
        PolicyStatus status = new StatusEvaluator(PolicyCatalogue.bundled(), config, today, configResults, rules, evidence, processRules, live)
                .evaluate();
        // When each host was last checked, per system, also when its baseline passes and so is named on no requirement line.
        List<String> notes = new ArrayList<>(status.notes());
        hosts.stream().filter(f -> f.rule() == processRules.rule(ProcessRules.HOST_BASELINE_CURRENCY)).forEach(f -> notes.add(f.message()));
        return new PolicyStatus(status.policy(), status.today(), status.config(), status.configResults(), status.evidence(), status.lines(), notes);
    }

    /** The configuration side: a saved scan, a scan now, or none. */
    private ConfigResults configResults(Path configFile, LocalDate today) throws ScanResultsException, Bulwark.ScanSetupException {
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        Path results = request.results();
        if (results != null) return ScanResultsReader.read(results, results.toString(), policy);
        if (!request.scan()) return null;
        ScanRequest scan = new ScanRequest(List.of(request.path()), request.sourceOptions(), request.rulePacks(), List.of(), List.of(),
                Files.isRegularFile(configFile) ? configFile : null, today);
        ScanResult result = Bulwark.scan(scan, Bulwark.config(scan));
        return ConfigResults.fromScan("scan of " + request.path(), result, policy);
    }

    /** The export rules on the latest ingested exports of each kind, system and target; none without a ledger. */
    private List<Finding> exportFindings(Path configFile, List<Rule> rules)
            throws EvidenceException, ScanConfig.ConfigException, RolesConfigException {
        boolean configured = Files.isRegularFile(configFile);
        Map<String, Object> thresholds = Settings.resolve(configured ? ScanConfig.read(configFile).settings() : Map.of());
        RolesConfig roles = configured ? RolesConfigReader.read(configFile) : RolesConfig.NONE;
        try (EvidenceLedger l = EvidenceLedger.openForReading(request.ledger().settings())) {
            return ExportFindings.latest(l, thresholds, request.clock(), roles, rules);
        } catch (NoLedgerException | LedgerLossException e) {
            return List.of(); // the evidence part says what is wrong with the ledger
        }
    }

    /**
     * The latest recorded host baseline of each system ({@code bulwark host --record}): its findings, which count for the
     * requirements of their rules, and whether it is older than the vulnerability-scan cadence; none without a ledger.
     */
    private List<Finding> hostFindings(List<Rule> rules, ProcessRules processRules, ProcessConfig config, LocalDate today)
            throws EvidenceException {
        Map<String, Rule> byId = new java.util.HashMap<>();
        for (Rule r : rules) byId.putIfAbsent(r.id(), r);
        Rule currency = processRules.rule(ProcessRules.HOST_BASELINE_CURRENCY);
        int days = config.cadences().days(dev.bulwark.process.CadenceCheck.VULNERABILITY_SCANS);
        List<Finding> out = new ArrayList<>();
        try (EvidenceLedger l = EvidenceLedger.openForReading(request.ledger().settings())) {
            for (var r : HostEvidence.latestBySystem(l.index()).values()) {
                out.add(HostEvidence.currency(r, currency, days, today));
                out.addAll(HostEvidence.asFindings(r, byId));
            }
        } catch (NoLedgerException | LedgerLossException e) {
            return List.of(); // the evidence part says what is wrong with the ledger
        }
        return out;
    }

    /** The change-approval rule on the history of the path's repository over the configured look-back period. */
    private List<Finding> changeFindings(List<Rule> rules) throws ChangeInputException {
        ChangesOperation.quietGitLogging();
        Path path = request.path();
        List<Path> dirs = new ArrayList<>(List.of(path));
        GitHistoryReader.findWorkTree(path).ifPresent(dirs::add);
        ChangeSettings settings = request.configFile() != null ? ChangeSettingsReader.read(request.configFile()) : ChangeSettingsReader.discover(dirs);
        Instant end = Instant.now(request.clock());
        HistoryQuery query = new HistoryQuery(settings.branch(), end.minus(Duration.ofDays(settings.lookbackDays())), end,
                InfrastructureFiles.of(settings.infrastructure()));
        PullRequestBundle prs = request.pullRequests() == null || !settings.approval().acceptsPullRequests()
                ? PullRequestBundle.none() : PullRequestBundleReader.read(request.pullRequests());
        List<Rule> gitRules = rules.stream().filter(r -> !r.git().isEmpty()).toList();
        return ChangeAudit.run(GitHistoryReader.read(path, query), new GitContext(settings, prs), gitRules).findings();
    }

    /** The ledger's records and integrity; no ledger yet is not an error (nothing was recorded), and nothing is created. */
    private EvidenceSnapshot evidence(ProcessRules rules) throws EvidenceException {
        LedgerSettings settings = request.ledger().settings();
        Rule rule = rules.rule(ProcessRules.LEDGER_INTEGRITY);
        try (EvidenceLedger l = EvidenceLedger.openForReading(settings)) {
            ProcessResult integrity;
            try {
                integrity = LedgerIntegrity.judge(rule, l.verify(), l.location());
            } catch (EvidenceKeyException e) {
                integrity = LedgerIntegrity.unverifiable(rule, l.location(), String.join("; ", e.problems()));
            }
            EvidenceSnapshot snapshot = new EvidenceSnapshot(l.location(), true, l.index(), integrity);
            l.warnings().forEach(warnings);
            return snapshot;
        } catch (NoLedgerException e) {
            return EvidenceSnapshot.none(settings.location());
        } catch (LedgerLossException e) {
            return new EvidenceSnapshot(settings.location(), true, EvidenceIndex.of(List.of()),
                    LedgerIntegrity.lost(rule, settings.location(), String.join("; ", e.problems())));
        }
    }
}
