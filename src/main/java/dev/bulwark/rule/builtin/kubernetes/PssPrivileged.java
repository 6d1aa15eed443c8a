package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/** Baseline, Privileged Containers: no container sets securityContext.privileged: true. */
public final class PssPrivileged extends PssControl {
    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "Privileged Containers"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            if (K8s.isTrue(c.security("privileged"))) {
                out.add(new Violation(c.path("securityContext.privileged"), c.describe() + " is privileged"));
            }
        }
    }
}
