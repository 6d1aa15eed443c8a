package dev.bulwark.policy;

import java.util.List;

/** One requirement's status with the counts behind it and the rules that cover it. */
public record RequirementResult(Requirement requirement, RequirementStatus status, int passed, int failed, int unknown,
                                int suppressed, List<String> ruleIds) {
    public RequirementResult {
        ruleIds = List.copyOf(ruleIds);
    }
}
