package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/**
 * Baseline, Probes / Lifecycle Hooks (Kubernetes 1.34 and later): no probe or lifecycle handler of any
 * container names a {@code host}, which would let the kubelet send requests from the node to any address.
 */
public final class PssProbeHosts extends PssControl {
    private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");
    private static final List<String> HOOKS = List.of("postStart", "preStop");
    private static final List<String> ACTIONS = List.of("httpGet", "tcpSocket");

    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "Probes / Lifecycle Hooks"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            for (String probe : PROBES) hosts(c, probe, out);
            for (String hook : HOOKS) hosts(c, "lifecycle." + hook, out);
        }
    }

    private static void hosts(Container c, String handler, List<Violation> out) {
        for (String action : ACTIONS) {
            String field = handler + "." + action + ".host";
            String host = K8s.text(K8s.at(c.fields(), field.split("\\.")));
            if (host != null && !host.isEmpty()) out.add(new Violation(c.path(field), c.describe() + " sets " + field + ": " + host));
        }
    }
}
