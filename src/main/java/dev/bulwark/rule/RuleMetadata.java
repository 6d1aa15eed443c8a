package dev.bulwark.rule;

import java.util.List;
import java.util.Map;

/**
 * What a rule is, declared once in its rule file and read everywhere (reports, SARIF, explain).
 * SOC 2 criteria are not here: they follow from {@code requirements} through the policy catalogue.
 *
 * @param equivalents the ids of checks in other scanners that fail on the same configurations, by scanner
 *                    (checkov, kics, trivy, hadolint, polaris, kube-score): a user who skipped one of them there expects the same here
 * @param related     the ids of checks in other scanners about the same subject that decide differently (other
 *                    resource types, another threshold, a weaker or stronger condition), by scanner; shown for
 *                    orientation only, never treated as the same check
 */
public record RuleMetadata(String id, String title, Severity severity, List<String> requirements, String description,
                           String remediation, List<String> references, List<String> aliases,
                           Map<String, List<String>> equivalents, Map<String, List<String>> related) {
    public RuleMetadata {
        requirements = List.copyOf(requirements);
        references = List.copyOf(references);
        aliases = List.copyOf(aliases);
        equivalents = Map.copyOf(equivalents);
        related = Map.copyOf(related);
    }
}
