package dev.bulwark.process;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.policy.RequirementResult;
import dev.bulwark.rule.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration side of the policy, from a scan run now or from a saved scan's JSON: each
 * requirement's status and the findings that did not pass.
 *
 * @param source    where the results come from, for people: "scan of infra" or "results.json"
 * @param scannedAt when the saved results were written, if the file says (null for a scan run now)
 */
public record ConfigResults(String source, String scannedAt, Map<String, RequirementConfig> requirements, List<ConfigFailure> failures) {
    public ConfigResults {
        requirements = Map.copyOf(requirements);
        failures = List.copyOf(failures);
    }

    public Optional<RequirementConfig> requirement(String id) {
        return Optional.ofNullable(requirements.get(id));
    }

    /** From a scan run in this process. */
    public static ConfigResults fromScan(String source, ScanResult result, PolicyCatalogue policy) {
        Map<String, RequirementConfig> reqs = new LinkedHashMap<>();
        for (RequirementResult r : PolicyEvaluation.evaluate(policy, result.rules(), result.findings())) {
            reqs.put(r.requirement().id(), new RequirementConfig(r.requirement().id(), r.status(), r.passed(), r.failed(), r.unknown(),
                    r.suppressed(), r.notApplicable(), r.ruleIds()));
        }
        List<ConfigFailure> failures = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.suppressed() || f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE) continue;
            failures.add(new ConfigFailure(f.rule().id(), f.rule().metadata().severity().name(), f.status(), f.rule().metadata().requirements(),
                    f.resourceAddress(), f.primaryLocation().toString(), f.message()));
        }
        return new ConfigResults(source, null, reqs, failures);
    }
}
