package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.Set;

/**
 * A NetworkPolicy does not allow all ingress from anywhere: an ingress rule without {@code from} (or
 * with an empty peer) admits every source, and so does an ipBlock of 0.0.0.0/0 or ::/0.
 */
public final class NetworkPolicyOpenIngress implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return Set.of("NetworkPolicy"); }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource policy, RuleContext context) {
        List<Value> ingress = K8s.list(K8s.at(policy.attributes(), "spec", "ingress"));
        for (int i = 0; i < ingress.size(); i++) {
            String path = "spec.ingress[" + i + "]";
            Value from = K8s.at(ingress.get(i), "from");
            List<Value> peers = K8s.list(from);
            if (peers.isEmpty()) return Outcome.fail(K8s.describe(policy) + " allows ingress from anywhere: " + path + " has no from", path);
            for (int j = 0; j < peers.size(); j++) {
                Value peer = peers.get(j);
                String cidr = K8s.text(K8s.at(peer, "ipBlock", "cidr"));
                if ("0.0.0.0/0".equals(cidr) || "::/0".equals(cidr)) {
                    return Outcome.fail(K8s.describe(policy) + " allows ingress from " + cidr + " in " + path, path + ".from[" + j + "].ipBlock.cidr");
                }
                if (peer instanceof Value.Obj o && o.fields().isEmpty()) {
                    return Outcome.fail(K8s.describe(policy) + " allows ingress from anywhere: " + path + ".from[" + j + "] is empty", path);
                }
            }
        }
        return Outcome.pass(K8s.describe(policy) + " admits ingress only from the peers it names");
    }
}
