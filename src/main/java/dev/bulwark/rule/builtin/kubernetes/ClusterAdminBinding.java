package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.Set;

/**
 * cluster-admin is bound only to named users: a binding of it to a group (system:authenticated and
 * system:unauthenticated included) or to a service account fails.
 */
public final class ClusterAdminBinding implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return Set.of("ClusterRoleBinding", "RoleBinding"); }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource binding, RuleContext context) {
        if (!"cluster-admin".equals(K8s.text(K8s.at(binding.attributes(), "roleRef", "name")))) {
            return Outcome.notApplicable(K8s.describe(binding) + " does not bind cluster-admin");
        }
        List<Value> subjects = K8s.list(binding.attribute("subjects"));
        for (int i = 0; i < subjects.size(); i++) {
            String kind = K8s.text(K8s.at(subjects.get(i), "kind"));
            String name = K8s.text(K8s.at(subjects.get(i), "name"));
            if ("Group".equals(kind) || "ServiceAccount".equals(kind)) {
                return Outcome.fail(K8s.describe(binding) + " binds cluster-admin to " + kind + " " + name
                        + ("system:authenticated".equals(name) ? ", which is every authenticated user" : ""), "subjects[" + i + "]");
            }
        }
        return Outcome.pass(K8s.describe(binding) + " binds cluster-admin to named users only");
    }
}
