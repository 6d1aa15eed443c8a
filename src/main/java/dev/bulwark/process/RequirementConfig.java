package dev.bulwark.process;

import dev.bulwark.policy.RequirementStatus;

import java.util.List;

/** One requirement's configuration status from a scan, with the counts behind it and the rules that ran for it. */
public record RequirementConfig(String requirement, RequirementStatus status, int pass, int fail, int unknown, int suppressed,
                                List<String> rules) {
    public RequirementConfig {
        rules = List.copyOf(rules);
    }
}
