package dev.bulwark.engine.exports;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.Settings;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.LedgerStorageException;
import dev.bulwark.finding.Finding;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportLogic;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.rule.FirstSeen;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.VulnerabilityReport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The export rules' findings on the exports in the evidence ledger. For each export kind and
 * system (and, for scans, each host or image repository scanned) the latest ingested export is
 * decrypted, parsed again and judged by every export rule, as of the clock's time. Vulnerability
 * ages count from the earliest earlier ingested scan of the same target that listed the same
 * vulnerability in the same package; the leavers check sees the latest roster and credential
 * report filed under the same system.
 *
 * <p>An export that cannot be read back (no key, a damaged attachment, a reader that has grown
 * stricter) gives an UNKNOWN finding per rule that would have judged it, rather than silence.
 * Suppressions are not applied here: the caller has the configuration they live in.
 */
public final class ExportFindings {
    private final LedgerExports exports;
    private final Map<String, Object> settings;
    private final Instant now;
    private final RolesConfig roles;
    private final List<Rule> rules;
    private FirstSeenIndex firstSeen;

    private ExportFindings(LedgerExports exports, Map<String, Object> settings, Instant now, RolesConfig roles, List<Rule> rules) {
        this.exports = exports;
        this.settings = Settings.resolve(settings);
        this.now = now;
        this.roles = roles;
        this.rules = rules.stream().filter(r -> !r.exports().isEmpty()).toList();
    }

    /**
     * Reads the ledger's ingested exports (not their files yet).
     *
     * @param settings as configured ({@code settings:} of {@code .bulwark.yaml}) or already resolved; defaults fill the rest
     * @param rules    the rules to run; those without export logic are ignored
     */
    public static ExportFindings of(EvidenceLedger ledger, Map<String, Object> settings, Clock clock, RolesConfig roles, List<Rule> rules)
            throws LedgerStorageException {
        return new ExportFindings(LedgerExports.load(ledger), settings, clock.instant(), roles, rules);
    }

    /** The findings on the latest export of each kind, system and scanned target, with the built-in rules. */
    public static List<Finding> latest(EvidenceLedger ledger, Map<String, Object> settings, Clock clock, RolesConfig roles)
            throws LedgerStorageException, RuleException {
        return latest(ledger, settings, clock, roles, Bulwark.rules(List.of()).all());
    }

    /** The findings on the latest export of each kind, system and scanned target. */
    public static List<Finding> latest(EvidenceLedger ledger, Map<String, Object> settings, Clock clock, RolesConfig roles, List<Rule> rules)
            throws LedgerStorageException {
        List<Finding> out = new ArrayList<>();
        for (ExportEvaluation e : of(ledger, settings, clock, roles, rules).latestEvaluations()) out.addAll(e.findings());
        return out;
    }

    /** Every ingested export in the ledger (valid records only), in chain order. */
    public List<IngestedExport> exports() {
        return exports.all();
    }

    /** The latest export of each kind, system and scanned target, judged; in export kind order, then by system. */
    public List<ExportEvaluation> latestEvaluations() {
        return exports.latest().stream().map(this::evaluate).toList();
    }

    /** The ingested export held by this record, judged; empty when the record holds none. */
    public Optional<ExportEvaluation> evaluate(String recordId) {
        return exports.byId(recordId).map(this::evaluate);
    }

    public ExportEvaluation evaluate(IngestedExport source) {
        ExportReadback read = exports.read(source);
        List<Finding> out = new ArrayList<>();
        if (read.problem() != null) {
            for (Rule rule : rules) {
                if (rule.exportKinds().contains(source.kind())) out.add(ExportFindingFactory.cannotJudge(rule, source, read.problem()));
            }
            return new ExportEvaluation(source, out);
        }
        ParsedExport export = read.export();
        ExportContext context = context(source, export);
        for (Rule rule : rules) {
            for (ExportLogic logic : rule.exports()) {
                List<ExportOutcome> outcomes;
                try {
                    outcomes = logic.evaluate(export, context);
                } catch (IllegalArgumentException e) {
                    // A threshold in .bulwark.yaml that is not a number: the rule cannot judge, and says why.
                    out.add(ExportFindingFactory.cannotJudge(rule, source, rule.id() + " cannot judge " + source.file().name() + ": " + e.getMessage()));
                    continue;
                }
                for (ExportOutcome o : outcomes) out.add(ExportFindingFactory.finding(rule, source.kind(), o));
            }
        }
        return new ExportEvaluation(source, out);
    }

    private ExportContext context(IngestedExport source, ParsedExport export) {
        List<ParsedExport> related = new ArrayList<>();
        for (IngestedExport other : exports.relatedTo(source)) exports.read(other).parsed().ifPresent(related::add);
        FirstSeen seen = export instanceof VulnerabilityReport r ? firstSeen().before(r.scannedAt()) : FirstSeen.NONE;
        return ExportContext.of(now, settings).withRoleCatalogue(roles.catalogue()).withIamUsers(roles.iamUsers())
                .withFirstSeen(seen).withRelated(related);
    }

    /** Built on first need: it reads every vulnerability report in the ledger. */
    private FirstSeenIndex firstSeen() {
        if (firstSeen == null) {
            List<VulnerabilityReport> reports = new ArrayList<>();
            for (IngestedExport e : exports.all()) {
                if (e.kind() != ExportKind.TRIVY && e.kind() != ExportKind.GRYPE) continue;
                exports.read(e).parsed().filter(VulnerabilityReport.class::isInstance).map(VulnerabilityReport.class::cast).ifPresent(reports::add);
            }
            firstSeen = new FirstSeenIndex(reports);
        }
        return firstSeen;
    }
}
