package dev.bulwark.process;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.ProcessLogic;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.RuleSet;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules whose metadata process findings carry ({@code rules/process/*.yaml}, and BW-HOST-003 in {@code rules/host/os.yaml}), by the check
 * name their {@code process:} entry gives. Every check this package runs must have exactly one
 * rule, and every process rule must name a check this package runs.
 */
public final class ProcessRules {
    public static final String INCIDENT_RESPONSE_PLAN = "incident-response-plan";
    public static final String HARDENING_BASELINE = "hardening-baseline";
    public static final String RECOVERY_RUNBOOKS = "recovery-runbooks";
    public static final String RECOVERY_OBJECTIVES = "recovery-objectives";
    public static final String LEDGER_INTEGRITY = "evidence-ledger-integrity";
    /** A recorded host baseline ({@code bulwark host --record}) is not older than the vulnerability-scan cadence. */
    public static final String HOST_BASELINE_CURRENCY = "host-baseline-currency";

    private final Map<String, Rule> byCheck;

    private ProcessRules(Map<String, Rule> byCheck) {
        this.byCheck = byCheck;
    }

    /** Every check name this package runs. */
    public static Set<String> checkNames() {
        Set<String> out = new LinkedHashSet<>();
        for (CadenceCheck c : CadenceCheck.values()) out.add(c.checkName());
        out.addAll(List.of(INCIDENT_RESPONSE_PLAN, HARDENING_BASELINE, RECOVERY_RUNBOOKS, RECOVERY_OBJECTIVES, LEDGER_INTEGRITY,
                HOST_BASELINE_CURRENCY));
        return out;
    }

    /** The built-in process rules. */
    public static ProcessRules builtin() throws RuleException {
        return of(RuleSet.builtin(PolicyCatalogue.bundled()::exists).all());
    }

    /** The process rules among {@code rules}; an unknown, missing or doubly claimed check is an error. */
    public static ProcessRules of(List<Rule> rules) throws RuleException {
        Set<String> known = checkNames();
        Map<String, Rule> byCheck = new LinkedHashMap<>();
        for (Rule r : rules) {
            for (ProcessLogic p : r.process()) {
                if (!known.contains(p.check())) {
                    throw new RuleException(r.source() + ": rule " + r.id() + ": process: field \"check\" names unknown check \"" + p.check()
                            + "\" (known: " + String.join(", ", known) + ")");
                }
                Rule other = byCheck.putIfAbsent(p.check(), r);
                if (other != null) {
                    throw new RuleException(r.source() + ": rule " + r.id() + ": process check \"" + p.check() + "\" is already the check of " + other.id());
                }
            }
        }
        for (String check : known) {
            if (!byCheck.containsKey(check)) throw new RuleException("no rule declares the process check \"" + check + "\" (rules/process/*.yaml)");
        }
        return new ProcessRules(byCheck);
    }

    public Rule rule(String check) {
        Rule r = byCheck.get(check);
        if (r == null) throw new IllegalArgumentException("no process rule for check " + check);
        return r;
    }

    public Rule rule(CadenceCheck check) {
        return rule(check.checkName());
    }

    public List<Rule> all() {
        return List.copyOf(byCheck.values());
    }
}
