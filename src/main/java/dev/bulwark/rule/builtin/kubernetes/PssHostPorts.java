package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

import java.util.List;

/** Baseline, Host Ports: no container port is bound to a port of the node (hostPort unset or 0). */
public final class PssHostPorts extends PssControl {
    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "Host Ports"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            List<Value> ports = K8s.list(c.fields().get("ports"));
            for (int i = 0; i < ports.size(); i++) {
                Long host = K8s.number(K8s.at(ports.get(i), "hostPort"));
                if (host != null && host != 0) {
                    out.add(new Violation(c.path("ports[" + i + "].hostPort"), c.describe() + " binds host port " + host));
                }
            }
        }
    }
}
