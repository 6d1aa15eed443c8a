package dev.bulwark.report;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;

import java.util.List;

/** What a policy listing is written from: the policy, the rules that cover its requirements, and the tool's version. */
public record PolicyReport(PolicyCatalogue policy, List<Rule> rules, String toolVersion) {
    public PolicyReport {
        rules = List.copyOf(rules);
    }
}
