package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An Ingress serves TLS: spec.tls is set, and every host its rules name is among the hosts of a tls entry. */
public final class IngressTls implements ResourceLogic {
    @Override public Set<String> resourceTypes() { return Set.of("Ingress"); }
    @Override public String format() { return K8s.FORMAT; }

    @Override
    public Outcome evaluate(Resource ingress, RuleContext context) {
        List<Value> tls = K8s.list(K8s.at(ingress.attributes(), "spec", "tls"));
        if (tls.isEmpty()) return Outcome.fail(K8s.describe(ingress) + " has no tls section, so it serves plain HTTP", "spec");
        List<String> covered = new ArrayList<>();
        for (Value t : tls) covered.addAll(K8s.texts(K8s.at(t, "hosts")));
        List<Value> rules = K8s.list(K8s.at(ingress.attributes(), "spec", "rules"));
        for (int i = 0; i < rules.size(); i++) {
            String host = K8s.text(K8s.at(rules.get(i), "host"));
            if (host != null && !covered.contains(host) && !covered.isEmpty()) {
                return Outcome.fail(K8s.describe(ingress) + " serves host " + host + " without TLS: no tls entry lists it", "spec.rules[" + i + "].host");
            }
        }
        return Outcome.pass(K8s.describe(ingress) + " serves its hosts over TLS");
    }
}
