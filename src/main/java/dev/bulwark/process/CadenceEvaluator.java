package dev.bulwark.process;

import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.model.SourceLocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges each {@link CadenceCheck} on the systems it applies to: the latest valid (not superseded)
 * record of the right kind serving the requirement decides pass, due soon or fail.
 */
public final class CadenceEvaluator {
    private static final Comparator<EvidenceRecord> LATER = Comparator
            .comparing((EvidenceRecord r) -> r.performedAt().instant())
            .thenComparingLong(EvidenceRecord::sequence);

    private final ProcessConfig config;
    private final EvidenceIndex index;
    private final LocalDate today;
    private final ProcessRules rules;

    public CadenceEvaluator(ProcessConfig config, EvidenceIndex index, LocalDate today, ProcessRules rules) {
        this.config = config;
        this.index = index;
        this.today = today;
        this.rules = rules;
    }

    public List<CadenceOutcome> evaluate() {
        List<CadenceOutcome> out = new ArrayList<>();
        for (CadenceCheck check : CadenceCheck.values()) out.add(evaluate(check));
        return out;
    }

    public CadenceOutcome evaluate(CadenceCheck check) {
        int days = config.cadences().days(check);
        List<SystemDefinition> systems = config.systems();
        List<ProcessResult> results = new ArrayList<>();
        switch (check.scope()) {
            case EVERY_SYSTEM_OR_ALL -> {
                if (systems.isEmpty()) {
                    results.add(judge(check, days, SystemDefinition.ALL, null, latest(check, SystemDefinition.ALL)));
                } else {
                    for (SystemDefinition s : systems) results.add(judge(check, days, s.name(), s, latestOwnOrAll(check, s.name())));
                }
            }
            case PRODUCTION_SYSTEMS, CRITICAL_SYSTEMS -> {
                boolean production = check.scope() == CadenceCheck.Scope.PRODUCTION_SYSTEMS;
                if (systems.isEmpty()) {
                    return new CadenceOutcome(check, days, List.of(), "no systems are declared in .bulwark.yaml (systems:)", false);
                }
                for (SystemDefinition s : systems) {
                    if (production ? s.isProduction() : s.isCritical()) results.add(judge(check, days, s.name(), s, latest(check, s.name())));
                }
                if (results.isEmpty()) {
                    return new CadenceOutcome(check, days, List.of(), production ? "no system is declared with environment production"
                            : "no system is declared with criticality critical", true);
                }
            }
        }
        return new CadenceOutcome(check, days, results, null, true);
    }

    private Optional<EvidenceRecord> latest(CadenceCheck check, String system) {
        return index.latestValid(check.requirement(), system, Set.of(check.kind()));
    }

    private Optional<EvidenceRecord> latestOwnOrAll(CadenceCheck check, String system) {
        Optional<EvidenceRecord> own = latest(check, system);
        Optional<EvidenceRecord> all = latest(check, SystemDefinition.ALL);
        if (own.isEmpty()) return all;
        if (all.isEmpty()) return own;
        return Optional.of(LATER.compare(own.get(), all.get()) >= 0 ? own.get() : all.get());
    }

    private ProcessResult judge(CadenceCheck check, int days, String name, SystemDefinition system, Optional<EvidenceRecord> latest) {
        Timeliness t = Timeliness.judge(latest.map(r -> r.performedAt().date()).orElse(null), days, today);
        String who = name.equals(SystemDefinition.ALL) ? "all systems" : name;
        String every = "every " + Timeliness.days(days);
        String message;
        if (t.never()) {
            message = "no " + check.label() + " recorded for " + who + describe(system) + "; needed " + every;
        } else {
            String last = "last done " + t.last() + " (" + source(latest.get(), name) + ")";
            message = switch (t.status()) {
                case FAIL -> check.label() + " for " + who + " overdue by " + Timeliness.days(t.days()) + ": " + last + ", due " + t.due() + "; " + every;
                case DUE_SOON -> check.label() + " for " + who + " " + t.phrase() + ", on " + t.due() + ": " + last + "; " + every;
                default -> check.label() + " for " + who + " is current: " + last + "; next due " + t.due() + ", " + every;
            };
        }
        SourceLocation at = system != null ? system.declaredAt() : scopeLocation(check);
        return new ProcessResult(rules.rule(check), t.status(), check.requirement(), "system:" + name, "evidence:" + check.kind().slug(),
                at, message, t, latest.map(EvidenceRecord::id).orElse(null));
    }

    /** " (production, critical)" for a declared system; nothing for the scope all. */
    private static String describe(SystemDefinition s) {
        return s == null ? "" : " (" + s.environment() + ", " + s.criticality() + ")";
    }

    /** "EV-000004 by alice", plus "recorded for all systems" when the record covers the system through the scope all. */
    private static String source(EvidenceRecord r, String system) {
        String s = r.id() + " by " + r.performedBy();
        return !system.equals(SystemDefinition.ALL) && r.system().equals(SystemDefinition.ALL) ? s + ", recorded for all systems" : s;
    }

    /** With no system to point at: the configured cadence, else the configuration file. */
    private SourceLocation scopeLocation(CadenceCheck check) {
        return config.cadences().declared(check.requirement())
                .orElseGet(() -> SourceLocation.ofFile(config.file() != null ? config.file() : ProcessConfigReader.FILE_NAME));
    }
}
