package dev.bulwark.policy;

import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives each requirement's status from the findings of the rules that cover it. A requirement
 * covered through others (3.1.3 through 3.4.1 and 3.4.2) takes their findings.
 */
public final class PolicyEvaluation {
    private PolicyEvaluation() {}

    public static List<RequirementResult> evaluate(PolicyCatalogue policy, List<Rule> rules, List<Finding> findings) {
        List<RequirementResult> out = new ArrayList<>();
        for (Requirement req : policy.requirements()) {
            Set<String> ids = new LinkedHashSet<>(List.of(req.id()));
            ids.addAll(req.coveredBy());
            List<String> ruleIds = rules.stream().filter(r -> r.metadata().requirements().stream().anyMatch(ids::contains))
                    .map(Rule::id).toList();
            int pass = 0, fail = 0, unknown = 0, suppressed = 0;
            for (Finding f : findings) {
                if (!ruleIds.contains(f.rule().id())) continue;
                if (f.suppressed()) {
                    suppressed++;
                    continue;
                }
                switch (f.status()) {
                    case PASS -> pass++;
                    case FAIL -> fail++;
                    case UNKNOWN -> unknown++;
                }
            }
            RequirementStatus status = ruleIds.isEmpty() ? RequirementStatus.NOT_COVERED
                    : fail > 0 ? RequirementStatus.FAIL
                    : unknown > 0 ? RequirementStatus.UNKNOWN
                    : pass > 0 ? RequirementStatus.PASS
                    : RequirementStatus.NO_RESOURCES;
            out.add(new RequirementResult(req, status, pass, fail, unknown, suppressed, ruleIds));
        }
        return out;
    }

    /** Config requirements no rule covers, directly or through the requirements that stand for them. */
    public static List<Requirement> uncoveredConfigRequirements(PolicyCatalogue policy, List<Rule> rules) {
        List<Requirement> out = new ArrayList<>();
        for (Requirement req : policy.requirements()) {
            if (!req.isConfig()) continue;
            Set<String> ids = new LinkedHashSet<>(List.of(req.id()));
            ids.addAll(req.coveredBy());
            boolean covered = rules.stream().anyMatch(r -> r.metadata().requirements().stream().anyMatch(ids::contains));
            if (!covered) out.add(req);
        }
        return out;
    }
}
