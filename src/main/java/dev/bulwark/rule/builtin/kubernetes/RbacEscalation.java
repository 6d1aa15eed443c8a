package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.Set;

/**
 * A role grants none of the permissions that lead to more: escalate or bind on roles, impersonate,
 * create on pods/exec (a shell in any pod of the namespace), and, for a ClusterRole, reading secrets
 * (get, list or watch on secrets across the cluster).
 */
public final class RbacEscalation implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return Set.of("Role", "ClusterRole"); }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource role, RuleContext context) {
        for (Rbac.PolicyRule r : Rbac.rules(role)) {
            for (String verb : List.of("escalate", "bind", "impersonate")) {
                if (r.verbs().contains(verb)) {
                    return Outcome.fail(K8s.describe(role) + " grants " + verb + " on " + r.resources() + " in " + r.path()
                            + ", which lets its holders give themselves more rights", r.path() + ".verbs");
                }
            }
            if (r.resources().contains("pods/exec") && (r.grants("create") || r.grants("get"))) {
                return Outcome.fail(K8s.describe(role) + " grants exec into pods (pods/exec) in " + r.path(), r.path() + ".resources");
            }
            if (role.type().equals("ClusterRole") && r.resources().contains("secrets")
                    && (r.grants("get") || r.grants("list") || r.grants("watch"))) {
                return Outcome.fail(K8s.describe(role) + " grants reading secrets " + r.verbs() + " in " + r.path()
                        + ", in every namespace where it is bound cluster-wide", r.path() + ".resources");
            }
        }
        return Outcome.pass(K8s.describe(role) + " grants no escalate, bind, impersonate, pods/exec or cluster-wide secret reading");
    }
}
