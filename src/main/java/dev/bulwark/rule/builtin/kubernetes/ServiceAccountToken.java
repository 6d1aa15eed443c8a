package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.Set;

/**
 * Pods get an API token only when they ask for it: automountServiceAccountToken is false on the pod
 * spec, or the pod leaves it unset and its ServiceAccount (in the scan) sets it to false. A pod that
 * sets it to true asks for the token on purpose and passes.
 */
public final class ServiceAccountToken implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return K8s.WORKLOADS; }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource workload, RuleContext context) {
        PodSpec pod = PodSpec.of(workload);
        Value own = pod.get("automountServiceAccountToken");
        if (K8s.isFalse(own)) return Outcome.pass(K8s.describe(workload) + " does not mount a service account token");
        if (K8s.isTrue(own)) return Outcome.pass(K8s.describe(workload) + " mounts its service account token on purpose (automountServiceAccountToken: true)");
        String account = K8s.text(pod.get("serviceAccountName"));
        String name = account == null ? "default" : account;
        for (Resource sa : context.sameRoot(workload, "ServiceAccount")) {
            if (K8s.FORMAT.equals(sa.format()) && name.equals(sa.name()) && K8s.namespace(sa).equals(K8s.namespace(workload))
                    && K8s.isFalse(sa.attribute("automountServiceAccountToken"))) {
                return Outcome.pass(K8s.describe(workload) + " uses " + sa.address() + ", which does not mount its token");
            }
        }
        return Outcome.fail(K8s.describe(workload) + " mounts the token of service account " + name
                + " into every pod without saying it needs it; set automountServiceAccountToken: false", PodSpec.ATTRIBUTE);
    }
}
