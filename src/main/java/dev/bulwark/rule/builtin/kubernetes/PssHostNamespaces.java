package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/** Baseline, Host Namespaces: hostNetwork, hostPID and hostIPC are unset or false. */
public final class PssHostNamespaces extends PssControl {
    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "Host Namespaces"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (K8s.isTrue(pod.get(field))) out.add(new Violation(PodSpec.path(field), "the pod sets " + field + ": true"));
        }
    }
}
