package dev.bulwark.policy;

import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Rule;

import dev.bulwark.rule.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives each requirement's status from the findings of the rules that cover it. A requirement
 * covered through others (3.1.3 through 3.4.1 and 3.4.2) takes their findings. It passes only on
 * checks that applied: findings that did not apply are counted apart and never make it pass.
 */
public final class PolicyEvaluation {
    private PolicyEvaluation() {}

    /** A tally per rule: one count per {@link Status} (by ordinal), then the suppressed findings. */
    private static final int SUPPRESSED = Status.values().length, TALLY = SUPPRESSED + 1;

    public static List<RequirementResult> evaluate(PolicyCatalogue policy, List<Rule> rules, List<Finding> findings) {
        // Tally findings per rule once; requirements then add up their rules' tallies.
        Map<String, int[]> byRule = new HashMap<>();
        for (Finding f : findings) {
            int[] t = byRule.computeIfAbsent(f.rule().id(), k -> new int[TALLY]);
            if (f.suppressed()) t[SUPPRESSED]++;
            else t[f.status().ordinal()]++;
        }
        List<RequirementResult> out = new ArrayList<>();
        for (Requirement req : policy.requirements()) {
            List<String> ruleIds = rulesCovering(req, rules);
            int[] sum = new int[TALLY];
            for (String id : ruleIds) {
                int[] t = byRule.get(id);
                if (t != null) for (int i = 0; i < TALLY; i++) sum[i] += t[i];
            }
            int pass = sum[Status.PASS.ordinal()], fail = sum[Status.FAIL.ordinal()], unknown = sum[Status.UNKNOWN.ordinal()];
            int notApplicable = sum[Status.NOT_APPLICABLE.ordinal()];
            RequirementStatus status = ruleIds.isEmpty() ? RequirementStatus.NOT_COVERED
                    : fail > 0 ? RequirementStatus.FAIL
                    : unknown > 0 ? RequirementStatus.UNKNOWN
                    : pass > 0 ? RequirementStatus.PASS
                    : notApplicable > 0 ? RequirementStatus.NO_APPLICABLE_RESOURCES
                    : RequirementStatus.NO_RESOURCES;
            out.add(new RequirementResult(req, status, pass, fail, unknown, sum[SUPPRESSED], notApplicable, ruleIds));
        }
        return out;
    }

    /** The rules checking {@code req}, directly or through the requirements that stand for it. */
    public static List<String> rulesCovering(Requirement req, List<Rule> rules) {
        Set<String> ids = new LinkedHashSet<>(List.of(req.id()));
        ids.addAll(req.coveredBy());
        return rules.stream().filter(r -> r.metadata().requirements().stream().anyMatch(ids::contains)).map(Rule::id).toList();
    }

    /** Config requirements no rule covers, directly or through the requirements that stand for them. */
    public static List<Requirement> uncoveredConfigRequirements(PolicyCatalogue policy, List<Rule> rules) {
        List<Requirement> out = new ArrayList<>();
        for (Requirement req : policy.requirements()) {
            if (!req.isConfig()) continue;
            if (rulesCovering(req, rules).isEmpty()) out.add(req);
        }
        return out;
    }
}
