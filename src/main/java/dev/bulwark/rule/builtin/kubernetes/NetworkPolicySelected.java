package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.Set;

/**
 * A workload's pods are selected by at least one NetworkPolicy of their namespace (a policy whose
 * podSelector is empty selects every pod there); pods no policy selects accept traffic from anywhere.
 */
public final class NetworkPolicySelected implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return K8s.WORKLOADS; }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource workload, RuleContext context) {
        for (Resource p : NetworkPolicies.inNamespace(workload, context)) {
            if (NetworkPolicies.selects(p.attributes().get("spec") == null ? null : K8s.at(p.attributes(), "spec", "podSelector"),
                    NetworkPolicies.podLabels(workload))) {
                return Outcome.pass(K8s.describe(workload) + " is selected by " + p.address());
            }
        }
        return Outcome.fail(K8s.describe(workload) + ": no NetworkPolicy of namespace " + K8s.namespace(workload)
                + " in the scan selects its pods, so they accept traffic from any pod and address", null);
    }
}
