package dev.bulwark.process;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.process.DocumentFields.Found;
import dev.bulwark.process.DocumentFields.Objective;
import dev.bulwark.rule.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the configured documents: each must exist, be text and carry a {@code last_reviewed}
 * date within the document cadence; every critical system must be listed by a runbook that
 * states its RTO and RPO.
 */
public final class DocumentEvaluator {
    private final ProcessConfig config;
    private final LocalDate today;
    private final ProcessRules rules;
    private final Map<DocumentSpec, DocumentText> texts = new HashMap<>();
    private final Map<DocumentSpec, DocumentFields> fields = new HashMap<>();

    public DocumentEvaluator(ProcessConfig config, LocalDate today, ProcessRules rules) {
        this.config = config;
        this.today = today;
        this.rules = rules;
    }

    public List<DocumentOutcome> evaluate() {
        return List.of(single(DocumentKind.INCIDENT_RESPONSE_PLAN, ProcessRules.INCIDENT_RESPONSE_PLAN),
                single(DocumentKind.HARDENING_BASELINE, ProcessRules.HARDENING_BASELINE), runbooks());
    }

    private DocumentOutcome single(DocumentKind kind, String check) {
        List<DocumentSpec> specs = config.documents(kind);
        if (specs.isEmpty()) {
            return new DocumentOutcome(kind, List.of(), "documents." + kind.configKey() + " is not set in .bulwark.yaml", false);
        }
        List<ProcessResult> out = new ArrayList<>();
        for (DocumentSpec d : specs) out.add(review(d, rules.rule(check)));
        return new DocumentOutcome(kind, out, null, true);
    }

    private DocumentOutcome runbooks() {
        Rule coverage = rules.rule(ProcessRules.RECOVERY_RUNBOOKS);
        List<ProcessResult> out = new ArrayList<>();
        for (DocumentSpec d : config.documents(DocumentKind.RUNBOOK)) out.add(review(d, coverage));
        for (SystemDefinition s : config.systems()) {
            if (!s.isCritical()) continue;
            List<DocumentSpec> books = config.runbooksFor(s.name());
            if (books.isEmpty()) {
                out.add(new ProcessResult(coverage, ProcessStatus.FAIL, DocumentKind.RUNBOOK.requirement(), "system:" + s.name(),
                        "document:" + DocumentKind.RUNBOOK.slug(), s.declaredAt(), "no runbook under documents.runbooks lists critical system "
                        + s.name() + ", so how to recover it is not written down", null, null));
                continue;
            }
            out.addAll(objectives(s, books));
        }
        if (!out.isEmpty()) return new DocumentOutcome(DocumentKind.RUNBOOK, out, null, true);
        if (config.systems().isEmpty()) {
            return new DocumentOutcome(DocumentKind.RUNBOOK, out, "no systems are declared in .bulwark.yaml and documents.runbooks is not set", false);
        }
        return new DocumentOutcome(DocumentKind.RUNBOOK, out, "no system is declared with criticality critical, and no runbooks are configured", true);
    }

    /** The document exists, is text, and its last review is within the cadence. */
    private ProcessResult review(DocumentSpec d, Rule rule) {
        String what = d.kind().label() + " " + d.shown();
        DocumentText text = text(d);
        if (!text.readable()) {
            return result(rule, d, ProcessStatus.FAIL, d.declaredAt(), what + " " + text.problem() + " (documents." + d.kind().configKey()
                    + ")", null);
        }
        DocumentFields found = fields(d);
        Optional<Found<LocalDate>> reviewed = found.lastReviewed();
        if (reviewed.isEmpty()) {
            List<Found<LocalDate>> bad = found.unreadableReviewDates();
            if (!bad.isEmpty()) {
                Found<LocalDate> b = bad.get(0);
                return result(rule, d, ProcessStatus.FAIL, at(d, b.line()), what + ": last_reviewed at line " + b.line() + " is \"" + b.text()
                        + "\", not a date like " + today, null);
            }
            return result(rule, d, ProcessStatus.FAIL, SourceLocation.ofFile(d.shown()), what + " has no last_reviewed date: add front matter"
                    + " \"last_reviewed: " + today + "\" or a line \"Last reviewed: " + today + "\" when it is reviewed", null);
        }
        Found<LocalDate> r = reviewed.get();
        SourceLocation at = at(d, r.line());
        if (r.value().isAfter(today)) {
            return result(rule, d, ProcessStatus.FAIL, at, what + ": last_reviewed " + r.value() + " (line " + r.line() + ") is in the future (today is "
                    + today + ")", null);
        }
        int days = config.cadences().documentDays();
        Timeliness t = Timeliness.judge(r.value(), days, today);
        String last = "last reviewed " + r.value() + " (line " + r.line() + ")";
        String every = "every " + Timeliness.days(days);
        String message = switch (t.status()) {
            case FAIL -> what + ": review overdue by " + Timeliness.days(t.days()) + ": " + last + ", due " + t.due() + "; " + every;
            case DUE_SOON -> what + ": review " + t.phrase() + ", on " + t.due() + ": " + last + "; " + every;
            default -> what + " " + last + "; next review due " + t.due() + ", " + every;
        };
        return result(rule, d, t.status(), at, message, t);
    }

    /** For a critical system: an RTO and an RPO in the runbooks that list it, each a finding of its own when missing or unreadable. */
    private List<ProcessResult> objectives(SystemDefinition s, List<DocumentSpec> books) {
        Rule rule = rules.rule(ProcessRules.RECOVERY_OBJECTIVES);
        List<DocumentSpec> readable = books.stream().filter(b -> text(b).readable()).toList();
        if (readable.isEmpty()) return List.of(); // the runbook's own review result already fails
        List<ProcessResult> problems = new ArrayList<>();
        List<String> stated = new ArrayList<>();
        SourceLocation first = null;
        for (Objective o : Objective.values()) {
            Optional<Located> found = objective(o, s, readable);
            String files = String.join(", ", readable.stream().map(DocumentSpec::shown).toList());
            if (found.isEmpty()) {
                problems.add(systemResult(rule, s, ProcessStatus.FAIL, SourceLocation.ofFile(readable.get(0).shown()),
                        files + " states no " + o.label + " (" + o.longName + ") for critical system " + s.name() + ": add a line \""
                                + o.label + ": 4h\" or a row for " + s.name() + " in a System | RTO | RPO table"));
                continue;
            }
            Located l = found.get();
            SourceLocation at = at(l.book(), l.value().line());
            if (!l.value().readable()) {
                problems.add(systemResult(rule, s, ProcessStatus.FAIL, at, o.label + " for critical system " + s.name() + " in "
                        + l.book().shown() + " at line " + l.value().line() + " is \"" + l.value().text()
                        + "\", not a duration such as 30m, 4h or 1d"));
                continue;
            }
            if (first == null) first = at;
            stated.add(o.label + " " + l.value().text() + " (" + l.book().shown() + ":" + l.value().line() + ")");
        }
        if (!problems.isEmpty()) return problems;
        return List.of(systemResult(rule, s, ProcessStatus.PASS, first, "critical system " + s.name() + ": " + String.join(", ", stated)));
    }

    private record Located(DocumentSpec book, Found<String> value) {}

    private Optional<Located> objective(Objective o, SystemDefinition s, List<DocumentSpec> books) {
        for (DocumentSpec b : books) {
            Optional<Found<String>> v = fields(b).objective(o, s.name());
            if (v.isPresent()) return Optional.of(new Located(b, v.get()));
        }
        return Optional.empty();
    }

    private DocumentText text(DocumentSpec d) {
        return texts.computeIfAbsent(d, k -> DocumentText.read(k.file()));
    }

    private DocumentFields fields(DocumentSpec d) {
        return fields.computeIfAbsent(d, k -> DocumentFields.parse(text(k).text()));
    }

    private static SourceLocation at(DocumentSpec d, int line) {
        return SourceLocation.at(d.shown(), line, 1);
    }

    private static ProcessResult result(Rule rule, DocumentSpec d, ProcessStatus status, SourceLocation at, String message, Timeliness t) {
        return new ProcessResult(rule, status, d.kind().requirement(), "document:" + d.path(), "document:" + d.kind().slug(), at, message, t, null);
    }

    private static ProcessResult systemResult(Rule rule, SystemDefinition s, ProcessStatus status, SourceLocation at, String message) {
        return new ProcessResult(rule, status, DocumentKind.RUNBOOK.requirement(), "system:" + s.name(), "document:" + DocumentKind.RUNBOOK.slug(),
                at, message, null, null);
    }
}
