package dev.bulwark.process;

import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;

import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.Requirement;
import dev.bulwark.policy.RequirementKind;
import dev.bulwark.policy.RequirementStatus;
import dev.bulwark.rule.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts the three sides of the policy together, requirement by requirement: the configuration
 * (from a scan), the evidence (cadence checks on the ledger, and the ledger's own integrity for
 * 3.7.5) and the documents. A side that nothing checks is a gap, shown as such.
 */
public final class StatusEvaluator {
    private static final String LEDGER_REQUIREMENT = "3.7.5";

    private final PolicyCatalogue policy;
    private final ProcessConfig config;
    private final LocalDate today;
    private final ConfigResults configResults;
    private final List<Rule> rules;
    private final EvidenceSnapshot evidence;
    private final List<Finding> liveFindings;
    private final ProcessRules processRules;

    /**
     * @param configResults the scan side, or null when none was asked for
     * @param rules         all rules (built-in and custom): which requirements configuration rules could cover,
     *                      and which are checked elsewhere (exports, change history)
     */
    public StatusEvaluator(PolicyCatalogue policy, ProcessConfig config, LocalDate today, ConfigResults configResults, List<Rule> rules,
                           EvidenceSnapshot evidence, ProcessRules processRules) {
        this(policy, config, today, configResults, rules, evidence, processRules, List.of());
    }

    /**
     * @param liveFindings findings of the rules on ingested exports (credential reports, rosters,
     *                     vulnerability reports, host baselines) and on the change history: they judge
     *                     the requirements whose evidence is not a recorded activity with a cadence
     */
    public StatusEvaluator(PolicyCatalogue policy, ProcessConfig config, LocalDate today, ConfigResults configResults, List<Rule> rules,
                           EvidenceSnapshot evidence, ProcessRules processRules, List<Finding> liveFindings) {
        this.liveFindings = List.copyOf(liveFindings);
        this.policy = policy;
        this.config = config;
        this.today = today;
        this.configResults = configResults;
        this.rules = List.copyOf(rules);
        this.evidence = evidence;
        this.processRules = processRules;
    }

    public PolicyStatus evaluate() {
        Map<String, CadenceOutcome> cadences = new LinkedHashMap<>();
        for (CadenceOutcome o : new CadenceEvaluator(config, evidence.index(), today, processRules).evaluate()) {
            cadences.put(o.check().requirement(), o);
        }
        Map<String, DocumentOutcome> documents = new LinkedHashMap<>();
        for (DocumentOutcome o : new DocumentEvaluator(config, today, processRules).evaluate()) documents.put(o.kind().requirement(), o);
        List<RequirementLine> lines = new ArrayList<>();
        for (Requirement req : policy.requirements()) lines.add(line(req, cadences.get(req.id()), documents.get(req.id())));
        return new PolicyStatus(policy, today, config, configResults, evidence, lines, notes());
    }

    private RequirementLine line(Requirement req, CadenceOutcome cadence, DocumentOutcome document) {
        List<Part> parts = new ArrayList<>();
        List<ProcessResult> results = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(List.of(req.id()));
        ids.addAll(req.coveredBy());

        RequirementConfig counts = configResults == null ? null : configResults.requirement(req.id()).orElse(null);
        Part config = configPart(req, ids, counts);
        if (config != null) parts.add(config);
        List<ConfigFailure> failures = configResults == null ? List.of()
                : configResults.failures().stream().filter(f -> f.requirements().stream().anyMatch(ids::contains)).toList();

        List<Finding> live = liveFindings.stream()
                .filter(f -> f.rule().metadata().requirements().stream().anyMatch(ids::contains)).toList();
        if (!live.isEmpty()) parts.add(livePart(live));

        List<EvidenceRecord> others = new ArrayList<>();
        if (cadence != null) {
            results.addAll(cadence.results());
            parts.add(cadencePart(cadence));
        } else if (req.id().equals(LEDGER_REQUIREMENT)) {
            if (evidence.integrity() != null) results.add(evidence.integrity());
            parts.add(evidence.integrity() == null
                    ? new Part(Part.Kind.EVIDENCE, LineStatus.NOT_COVERED, "no evidence ledger yet at " + evidence.ledger())
                    : new Part(Part.Kind.EVIDENCE, LineStatus.of(evidence.integrity().status()), evidence.integrity().message()));
        } else if (req.kinds().contains(RequirementKind.EVIDENCE)) {
            others.addAll(evidence.index().validFor(req.id()));
            if (live.isEmpty()) parts.add(uncheckedEvidence(ids, others));
        }

        if (document != null) {
            results.addAll(document.results());
            parts.add(documentPart(document));
        }
        LineStatus status = LineStatus.combine(parts.stream().map(Part::status).toList());
        return new RequirementLine(req, status, parts, counts != null && counts.status() != RequirementStatus.NOT_COVERED
                ? counts : null, failures, results, others);
    }

    private Part configPart(Requirement req, Set<String> ids, RequirementConfig counts) {
        // Secret rules judge the scanned code too: the scan's secrets pass runs them.
        List<String> covering = rules.stream().filter(r -> !r.resources().isEmpty() || !r.secrets().isEmpty())
                .filter(r -> r.metadata().requirements().stream().anyMatch(ids::contains)).map(Rule::id).toList();
        if (configResults != null) {
            if (counts != null && counts.status() != RequirementStatus.NOT_COVERED) {
                return new Part(Part.Kind.CONFIG, configStatus(counts), configSummary(counts));
            }
            if (!req.isConfig() && covering.isEmpty()) return null;
            return new Part(Part.Kind.CONFIG, LineStatus.NOT_COVERED, covering.isEmpty() ? "no rule checks it"
                    : "none of its rules (" + abbreviate(covering) + ") ran in " + configResults.source());
        }
        if (!covering.isEmpty()) {
            return new Part(Part.Kind.CONFIG, LineStatus.NOT_CHECKED, count(covering.size(), "rule") + " (" + abbreviate(covering)
                    + "), not run: use --scan or --results FILE");
        }
        return req.isConfig() ? new Part(Part.Kind.CONFIG, LineStatus.NOT_COVERED, "no rule checks it") : null;
    }

    private static LineStatus configStatus(RequirementConfig c) {
        return switch (c.status()) {
            case FAIL -> LineStatus.FAIL;
            case UNKNOWN -> LineStatus.UNKNOWN;
            case PASS -> LineStatus.PASS;
            case NO_APPLICABLE_RESOURCES, NO_RESOURCES -> LineStatus.NOT_APPLICABLE;
            case NOT_COVERED -> LineStatus.NOT_COVERED;
        };
    }

    private static String configSummary(RequirementConfig c) {
        if (c.status() == RequirementStatus.NO_RESOURCES) {
            return "nothing scanned is of a type its rules (" + abbreviate(c.rules()) + ") check";
        }
        if (c.status() == RequirementStatus.NO_APPLICABLE_RESOURCES) {
            return "no applicable resources: its rules (" + abbreviate(c.rules()) + ") apply to none of the " + c.notApplicable()
                    + " checked";
        }
        List<String> parts = new ArrayList<>();
        if (c.fail() > 0) parts.add(c.fail() + " failed");
        if (c.unknown() > 0) parts.add(c.unknown() + " unknown");
        if (c.pass() > 0) parts.add(c.pass() + " passed");
        if (c.notApplicable() > 0) parts.add(c.notApplicable() + " not applicable");
        if (c.suppressed() > 0) parts.add(c.suppressed() + " suppressed");
        return String.join(", ", parts) + " (" + abbreviate(c.rules()) + ")";
    }

    private Part cadencePart(CadenceOutcome o) {
        String head = o.check().label() + " every " + Timeliness.days(o.cadenceDays()) + ": ";
        if (o.results().isEmpty()) {
            return new Part(Part.Kind.EVIDENCE, o.covered() ? LineStatus.NOT_APPLICABLE : LineStatus.NOT_COVERED, head + o.emptyReason());
        }
        return new Part(Part.Kind.EVIDENCE, combine(o.results()), head + summarise(o.results()));
    }

    private Part documentPart(DocumentOutcome o) {
        if (o.results().isEmpty()) {
            return new Part(Part.Kind.DOCUMENTS, o.covered() ? LineStatus.NOT_APPLICABLE : LineStatus.NOT_COVERED,
                    o.kind().label() + ": " + o.emptyReason());
        }
        return new Part(Part.Kind.DOCUMENTS, combine(o.results()), summarise(o.results()));
    }

    /**
     * Problems by name (those with the same timing together), then how many passed:
     * "payments and ledger overdue by 12 days; intranet never done; 2 current (next due 2026-06-01)".
     */
    private static String summarise(List<ProcessResult> results) {
        Map<String, List<String>> problems = new LinkedHashMap<>(); // phrase to the names it is about (none for a whole message)
        long current = 0, passed = 0;
        LocalDate nextDue = null;
        for (ProcessResult r : results) {
            if (r.status() == ProcessStatus.PASS) {
                if (r.timing() == null) {
                    passed++;
                } else {
                    current++;
                    if (nextDue == null || r.timing().due().isBefore(nextDue)) nextDue = r.timing().due();
                }
            } else if (r.timing() == null) {
                problems.putIfAbsent(r.message(), new ArrayList<>());
            } else {
                String phrase = (r.subject().startsWith("document:") ? "review " : "") + r.timing().phrase();
                problems.computeIfAbsent(phrase, k -> new ArrayList<>()).add(name(r));
            }
        }
        List<String> out = new ArrayList<>();
        problems.forEach((phrase, names) -> out.add(names.isEmpty() ? phrase : and(names) + " " + phrase));
        if (current > 0) out.add((current == results.size() && current > 1 ? "all " : "") + current + " current (next due " + nextDue + ")");
        if (passed > 0) out.add(passed + " passed");
        return String.join("; ", out);
    }

    /** What a result is about, for summaries: the system, or the document's kind and path. */
    private static String name(ProcessResult r) {
        String name = r.subject().substring(r.subject().indexOf(':') + 1);
        if (!r.subject().startsWith("document:")) return name;
        String kind = r.resourceType().substring(r.resourceType().indexOf(':') + 1).replace('-', ' ');
        return kind + " " + name;
    }

    private static String and(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static LineStatus combine(List<ProcessResult> results) {
        return LineStatus.combine(results.stream().map(r -> LineStatus.of(r.status())).toList());
    }

    /**
     * An evidence requirement without a cadence check: what the ledger holds for it. Not checked
     * when rules judge it from exports or change history (other commands run those), else not covered.
     */
    /** The rules' results on the latest ingested exports and on the change history, with the first failures named. */
    private static Part livePart(List<Finding> live) {
        long fail = live.stream().filter(f -> f.status() == Status.FAIL && !f.suppressed()).count();
        long unknown = live.stream().filter(f -> f.status() == Status.UNKNOWN && !f.suppressed()).count();
        long pass = live.stream().filter(f -> f.status() == Status.PASS).count();
        long notApplicable = live.stream().filter(f -> f.status() == Status.NOT_APPLICABLE).count();
        LineStatus status = LineStatus.of(Status.overall(live.stream().filter(f -> !f.suppressed()).map(Finding::status).toList()));
        List<String> counts = new ArrayList<>();
        if (fail > 0) counts.add(fail + " failed");
        if (unknown > 0) counts.add(unknown + " unknown");
        if (pass > 0) counts.add(pass + " passed");
        if (notApplicable > 0) counts.add(notApplicable + " not applicable");
        // Name what fails, or what is undecided when nothing fails: a few on the line, all in JSON.
        Status named = fail > 0 ? Status.FAIL : Status.UNKNOWN;
        List<Finding> behind = live.stream().filter(f -> f.status() == named && !f.suppressed()).toList();
        String rulesRun = abbreviate(live.stream().map(f -> f.rule().id()).distinct().sorted().toList());
        return new Part(Part.Kind.EXPORTS, status, String.join(", ", counts) + " (" + rulesRun + ")"
                + (behind.isEmpty() ? "" : ": " + ItemNames.of(behind)), behind);
    }

    private Part uncheckedEvidence(Set<String> ids, List<EvidenceRecord> records) {
        List<String> elsewhere = rules.stream().filter(r -> r.resources().isEmpty() && r.process().isEmpty() && r.secrets().isEmpty())
                .filter(r -> r.metadata().requirements().stream().anyMatch(ids::contains)).map(Rule::id).toList();
        String held = records.isEmpty() ? "nothing recorded"
                : count(records.size(), "record") + " on file, latest " + records.get(0).id() + " on " + records.get(0).performedAt().date()
                + " (" + records.get(0).system() + ")";
        if (elsewhere.isEmpty()) return new Part(Part.Kind.EVIDENCE, LineStatus.NOT_COVERED, "no cadence check; " + held);
        return new Part(Part.Kind.EVIDENCE, LineStatus.NOT_CHECKED, "judged from exports or change history by " + abbreviate(elsewhere)
                + ", nothing to judge yet (bulwark ingest an export, or --changes for the git history); " + held);
    }

    /** Ledger records naming systems that .bulwark.yaml does not declare (often a typo), when systems are declared. */
    private List<String> notes() {
        if (config.systems().isEmpty()) return List.of();
        Map<String, List<String>> unknown = new TreeMap<>();
        for (EvidenceRecord r : evidence.index().valid()) {
            if (r.system().equals(SystemDefinition.ALL) || config.system(r.system()).isPresent()) continue;
            unknown.computeIfAbsent(r.system(), k -> new ArrayList<>()).add(r.id());
        }
        List<String> out = new ArrayList<>();
        unknown.forEach((system, ids) -> out.add("ledger records for \"" + system + "\", which .bulwark.yaml does not declare, count for"
                + " nothing: " + String.join(", ", ids)));
        return out;
    }

    private static String abbreviate(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
