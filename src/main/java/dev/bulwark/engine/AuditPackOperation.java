package dev.bulwark.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.engine.exports.RolesConfigException;
import dev.bulwark.engine.pack.AuditPackException;
import dev.bulwark.engine.pack.LedgerNotIntactException;
import dev.bulwark.engine.pack.PackDirectory;
import dev.bulwark.engine.pack.PackReadme;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceJson;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.ExportSummary;
import dev.bulwark.evidence.LedgerLossException;
import dev.bulwark.evidence.NoLedgerException;
import dev.bulwark.evidence.VerificationProblem;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.process.ConfigResults;
import dev.bulwark.process.PolicyStatus;
import dev.bulwark.process.ProcessConfigException;
import dev.bulwark.process.ProcessConfigReader;
import dev.bulwark.process.ScanResultsException;
import dev.bulwark.report.Formats;
import dev.bulwark.report.Json;
import dev.bulwark.report.PolicyReport;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormats;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.StatusReport;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.Severity;
import dev.bulwark.source.git.ChangeInputException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code audit-pack}: one folder for an auditor's fieldwork: the status (HTML, OSCAL, JSON, text),
 * a scan of the project made now (JSON, SARIF, HTML), the policy (text and OSCAL catalog), the
 * evidence export with its attachments, the records of the audit period, a README that says what
 * each file is, and {@code SHA256SUMS} over all of it. The ledger is only read, and must verify:
 * a missing ledger or one that does not verify makes no pack. Nothing is written outside the folder.
 */
public final class AuditPackOperation {
    /** The evidence export inside the pack. */
    public static final String EVIDENCE_DIR = "evidence";
    public static final String PERIOD_FILE = "evidence-in-period.json";
    public static final String MANIFEST = "pack.json";
    public static final String README = "README.txt";

    /** The status, scan and policy formats the pack holds, each written as {@code <kind>.<extension>}. */
    static final List<String> STATUS_FORMATS = List.of("html", "oscal", "json", "console");
    static final List<String> SCAN_FORMATS = List.of("html", "json", "sarif");
    static final List<String> POLICY_FORMATS = List.of("text", "oscal-catalog");

    private final AuditPackRequest request;
    private final Consumer<String> warnings;

    private AuditPackOperation(AuditPackRequest request, Consumer<String> warnings) {
        this.request = request;
        this.warnings = warnings;
    }

    /** What was written. */
    public record AuditPack(Path dir, List<String> files, ExportSummary evidence, int recordsInPeriod, StatusReport status, ScanReport scan) {}

    /** Makes the pack; the ledger's warnings go to {@code warnings}. */
    public static AuditPack run(AuditPackRequest request, Consumer<String> warnings)
            throws AuditPackException, LedgerNotIntactException, EvidenceException, IOException, ProcessConfigException,
            ScanResultsException, RuleException, Bulwark.ScanSetupException, ScanConfig.ConfigException, RolesConfigException,
            ChangeInputException {
        return new AuditPackOperation(request, warnings).make();
    }

    private AuditPack make() throws AuditPackException, LedgerNotIntactException, EvidenceException, IOException, ProcessConfigException,
            ScanResultsException, RuleException, Bulwark.ScanSetupException, ScanConfig.ConfigException, RolesConfigException,
            ChangeInputException {
        PackDirectory.requireNewOrEmpty(request.dir());
        try (PackDirectory pack = PackDirectory.stage(request.dir())) {
            // The evidence first: it is what most often stops a pack, and it verifies the ledger before anything is scanned.
            // The ledger is closed again before the status reads it (one process holds it at a time).
            ExportSummary evidence;
            List<EvidenceRecord> inPeriod;
            try (EvidenceLedger ledger = openLedger()) {
                evidence = exportEvidence(ledger, pack);
                EvidenceIndex index = ledger.index();
                if (!ledger.head().equals(evidence.verification().head())) {
                    throw new AuditPackException("the evidence ledger changed while the pack was made; make it again");
                }
                inPeriod = index.all().stream().filter(request.period()::contains).toList();
                pack.write(PERIOD_FILE, EvidenceJson.write(EvidenceJson.ledger(inPeriod, index, evidence.verification().head())));
            }

            ScanReport scan = scan();
            StatusReport status = new StatusReport(status(scan.result()), request.toolVersion());
            RenderOptions options = RenderOptions.plain(request.clock().instant());
            for (String f : STATUS_FORMATS) render(pack, "status", ReportFormats.STATUS, f, status, options);
            for (String f : SCAN_FORMATS) render(pack, "scan", ReportFormats.SCAN, f, scan, options);
            PolicyReport policy = new PolicyReport(PolicyCatalogue.bundled(), Bulwark.rules(List.of()).all(), request.toolVersion());
            for (String f : POLICY_FORMATS) render(pack, "policy", ReportFormats.POLICY, f, policy, options);

            PackReadme.Facts facts = new PackReadme.Facts(request.clock().instant(), request.toolVersion(), request.project().toString(),
                    configFile() != null ? configFile().toString() : null, request.period(), evidence, inPeriod.size(), status.status(), scan);
            pack.write(MANIFEST, manifest(facts));
            pack.write(README, PackReadme.text(facts, pack.files()));
            pack.writeSums();
            List<String> files = pack.files();
            pack.commit();
            return new AuditPack(request.dir(), files, evidence, inPeriod.size(), status, scan);
        }
    }

    /** The ledger, read-only; none, or one that is lost or unreadable, makes no pack. */
    private EvidenceLedger openLedger() throws EvidenceException, LedgerNotIntactException {
        try {
            return EvidenceLedger.openForReading(request.ledger().settings());
        } catch (LedgerLossException e) {
            throw new LedgerNotIntactException(e.problems());
        }
    }

    private ExportSummary exportEvidence(EvidenceLedger ledger, PackDirectory pack) throws EvidenceException, LedgerNotIntactException {
        try {
            ExportSummary s = ledger.export(pack.resolve(EVIDENCE_DIR));
            if (!s.written()) throw new LedgerNotIntactException(s.verification().problems().stream().map(VerificationProblem::message).toList());
            return s;
        } finally {
            ledger.warnings().forEach(warnings);
        }
    }

    private Path configFile() {
        if (request.configFile() != null) return request.configFile();
        Path own = request.project().resolve(ProcessConfigReader.FILE_NAME);
        return Files.isRegularFile(own) ? own : null;
    }

    /** The project scanned now, judged against the threshold its configuration sets (LOW without one), as {@code scan} does. */
    private ScanReport scan() throws Bulwark.ScanSetupException {
        LocalDate today = LocalDate.now(request.clock());
        ScanRequest scan = new ScanRequest(List.of(request.project()), request.sourceOptions(), List.of(), List.of(), List.of(), configFile(), today);
        ScanConfig configured = Bulwark.config(scan);
        // Remote modules are read from .terraform/modules and the cache only: the pack writes nowhere but its folder.
        ScanConfig config = new ScanConfig(configured.failOn(), configured.skip(), configured.settings(), configured.suppressions(),
                configured.file(), false);
        ScanResult result = Bulwark.scan(scan, config);
        return Bulwark.report(result, failOn(config), request.toolVersion(), List.of(request.project()));
    }

    private static Severity failOn(ScanConfig config) throws Bulwark.ScanSetupException {
        if (config.failOn() == null) return Severity.LOW;
        if (config.failOn().equalsIgnoreCase("none")) return null;
        Severity s = Severity.parse(config.failOn());
        if (s == null) throw new Bulwark.ScanSetupException("fail_on must be LOW, MEDIUM, HIGH, CRITICAL or none, got '" + config.failOn() + "'");
        return s;
    }

    /** The status with the configuration side from the pack's own scan, so both describe the same code. */
    private PolicyStatus status(ScanResult scan) throws ProcessConfigException, ScanResultsException, RuleException, Bulwark.ScanSetupException,
            ScanConfig.ConfigException, RolesConfigException, ChangeInputException, EvidenceException {
        StatusRequest status = new StatusRequest(request.project(), request.configFile(), false, null, List.of(), request.sourceOptions(),
                request.changes(), request.pullRequests(), request.ledger(), request.clock());
        return StatusOperation.run(status, ConfigResults.fromScan("scan of " + request.project(), scan, PolicyCatalogue.bundled()), warnings);
    }

    private static <T> void render(PackDirectory pack, String kind, Formats<T> formats, String name, T report, RenderOptions options)
            throws IOException {
        Formats.Format<T> format = formats.get(name);
        Path file = pack.resolve(kind + "." + format.extension());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            format.renderer(options).render(report, w);
        }
    }

    private static String manifest(PackReadme.Facts f) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", "1");
        root.putObject("tool").put("name", "bulwark").put("version", f.toolVersion());
        root.put("generatedAt", f.generatedAt().toString());
        root.put("project", f.project());
        root.put("configuration", f.configFile());
        ObjectNode period = root.putObject("period");
        period.put("from", f.period().isAll() ? null : f.period().from().toString());
        period.put("to", f.period().isAll() ? null : f.period().to().toString());
        ObjectNode evidence = root.putObject("evidence");
        evidence.put("records", f.evidence().records());
        evidence.put("attachments", f.evidence().attachments());
        evidence.put("recordsInPeriod", f.recordsInPeriod());
        evidence.put("checkpoint", f.evidence().verification().head().checkpoint());
        root.put("status", PackReadme.statusTotals(f.status()));
        root.put("scan", PackReadme.scanTotals(f.scan()));
        StringWriter out = new StringWriter();
        Json.write(root, out);
        return out.toString();
    }
}
