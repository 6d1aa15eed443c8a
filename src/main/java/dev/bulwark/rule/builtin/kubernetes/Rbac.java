package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.List;

/** The policy rules of a Role or ClusterRole, each with its verbs, API groups and resources. */
final class Rbac {
    private Rbac() {}

    record PolicyRule(int index, List<String> verbs, List<String> resources) {
        String path() {
            return "rules[" + index + "]";
        }

        boolean grants(String verb) {
            return verbs.contains(verb) || verbs.contains("*");
        }

        boolean on(String resource) {
            return resources.contains(resource) || resources.contains("*");
        }
    }

    static List<PolicyRule> rules(Resource role) {
        List<PolicyRule> out = new ArrayList<>();
        List<Value> rules = K8s.list(role.attribute("rules"));
        for (int i = 0; i < rules.size(); i++) {
            out.add(new PolicyRule(i, K8s.texts(K8s.at(rules.get(i), "verbs")), K8s.texts(K8s.at(rules.get(i), "resources"))));
        }
        return out;
    }
}
