package dev.bulwark.process;

import dev.bulwark.policy.RequirementStatus;

import java.util.List;

/**
 * One requirement's configuration status from a scan, with the counts behind it and the rules that ran for it;
 * {@code notApplicable} counts the checks that did not apply (0 in results written before they were counted).
 */
public record RequirementConfig(String requirement, RequirementStatus status, int pass, int fail, int unknown, int suppressed,
                                int notApplicable, List<String> rules) {
    public RequirementConfig {
        rules = List.copyOf(rules);
    }
}
