package dev.bulwark.finding;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.rule.Rule;

import java.util.List;

/**
 * Everything a scan produced: the findings, the rules that ran, the loaded model, problems met
 * (load errors, suppression problems, rule evaluation errors) and how long each stage took.
 */
public record ScanResult(List<Finding> findings, List<Rule> rules, InfrastructureModel model, List<Diagnostic> diagnostics,
                         long loadMillis, long evaluateMillis) {
    public ScanResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        diagnostics = List.copyOf(diagnostics);
    }
}
