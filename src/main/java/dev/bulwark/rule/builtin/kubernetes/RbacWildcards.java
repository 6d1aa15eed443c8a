package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.Set;

/** A Role or ClusterRole names its verbs and resources: no {@code *} in either. */
public final class RbacWildcards implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return Set.of("Role", "ClusterRole"); }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource role, RuleContext context) {
        for (Rbac.PolicyRule r : Rbac.rules(role)) {
            if (r.verbs().contains("*")) {
                return Outcome.fail(K8s.describe(role) + " grants every verb (*) in " + r.path() + " on " + r.resources(), r.path() + ".verbs");
            }
            if (r.resources().contains("*")) {
                return Outcome.fail(K8s.describe(role) + " grants " + r.verbs() + " on every resource (*) in " + r.path(), r.path() + ".resources");
            }
        }
        return Outcome.pass(K8s.describe(role) + " names every verb and resource it grants");
    }
}
