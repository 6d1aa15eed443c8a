package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.Set;

/**
 * A Service reachable from outside the cluster is limited to known sources: a LoadBalancer lists
 * loadBalancerSourceRanges without 0.0.0.0/0 or ::/0; a NodePort Service opens its port on every node,
 * where no source range applies, and fails. ClusterIP and ExternalName Services do not apply.
 */
public final class ServiceSourceRanges implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return Set.of("Service"); }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource service, RuleContext context) {
        String type = K8s.text(K8s.at(service.attributes(), "spec", "type"));
        if ("NodePort".equals(type)) {
            return Outcome.fail(K8s.describe(service) + " is of type NodePort, which opens its ports on every node to any source", "spec.type");
        }
        if (!"LoadBalancer".equals(type)) return Outcome.notApplicable(K8s.describe(service) + " is not exposed outside the cluster (type "
                + (type == null ? "ClusterIP" : type) + ")");
        List<String> ranges = K8s.texts(K8s.at(service.attributes(), "spec", "loadBalancerSourceRanges"));
        if (ranges.isEmpty()) {
            return Outcome.fail(K8s.describe(service) + " is a LoadBalancer without loadBalancerSourceRanges, open to any address", "spec.type");
        }
        for (String r : ranges) {
            if (r.equals("0.0.0.0/0") || r.equals("::/0")) {
                return Outcome.fail(K8s.describe(service) + " is a LoadBalancer whose source ranges include " + r, "spec.loadBalancerSourceRanges");
            }
        }
        return Outcome.pass(K8s.describe(service) + " admits only " + ranges);
    }
}
