package dev.bulwark.policy;

import java.util.List;

/**
 * One requirement's status with the counts behind it and the rules that cover it; {@code notApplicable}
 * counts the checks that did not apply, which never make a requirement pass.
 */
public record RequirementResult(Requirement requirement, RequirementStatus status, int passed, int failed, int unknown,
                                int suppressed, int notApplicable, List<String> ruleIds) {
    public RequirementResult {
        ruleIds = List.copyOf(ruleIds);
    }
}
