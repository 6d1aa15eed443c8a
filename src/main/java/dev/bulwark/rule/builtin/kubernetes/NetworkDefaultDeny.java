package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.Set;

/**
 * The namespace of a workload has a default-deny ingress policy: a NetworkPolicy with an empty
 * podSelector, policy type Ingress and no ingress rule, so only what other policies allow gets in.
 */
public final class NetworkDefaultDeny implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return K8s.WORKLOADS; }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource workload, RuleContext context) {
        for (Resource p : NetworkPolicies.inNamespace(workload, context)) {
            Value selector = K8s.at(p.attributes(), "spec", "podSelector");
            boolean all = selector == null || selector instanceof Value.Null
                    || selector instanceof Value.Obj o && K8s.list(o.get("matchExpressions")).isEmpty()
                    && (K8s.objAt(o, "matchLabels") == null || K8s.objAt(o, "matchLabels").fields().isEmpty());
            if (all && NetworkPolicies.types(p).contains("Ingress") && K8s.list(K8s.at(p.attributes(), "spec", "ingress")).isEmpty()) {
                return Outcome.pass("namespace " + K8s.namespace(workload) + " denies ingress by default (" + p.address() + ")");
            }
        }
        return Outcome.fail("namespace " + K8s.namespace(workload) + " of " + K8s.describe(workload)
                + " has no default-deny ingress NetworkPolicy (empty podSelector, policyTypes [Ingress], no ingress rules) in the scan", null);
    }
}
