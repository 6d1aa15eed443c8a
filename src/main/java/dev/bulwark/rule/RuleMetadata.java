package dev.bulwark.rule;

import java.util.List;
import java.util.Map;

/**
 * What a rule is, declared once in its rule file and read everywhere (reports, SARIF, explain).
 * SOC 2 criteria are not here: they follow from {@code requirements} through the policy catalogue.
 *
 * @param equivalents the ids of the same check in other scanners, by scanner: checkov, kics, trivy
 */
public record RuleMetadata(String id, String title, Severity severity, List<String> requirements, String description,
                           String remediation, List<String> references, List<String> aliases,
                           Map<String, List<String>> equivalents) {
    public RuleMetadata {
        requirements = List.copyOf(requirements);
        references = List.copyOf(references);
        aliases = List.copyOf(aliases);
        equivalents = Map.copyOf(equivalents);
    }
}
