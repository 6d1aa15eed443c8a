package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/** Baseline, Seccomp: no seccomp profile of type Unconfined, at pod level or on any container. */
public final class PssSeccompBaseline extends PssControl {
    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "Seccomp"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        if ("Unconfined".equals(K8s.text(pod.security("seccompProfile", "type")))) {
            out.add(new Violation(PodSpec.path("securityContext.seccompProfile.type"), "the pod sets seccompProfile.type: Unconfined"));
        }
        for (Container c : pod.containers()) {
            if ("Unconfined".equals(K8s.text(c.security("seccompProfile", "type")))) {
                out.add(new Violation(c.path("securityContext.seccompProfile.type"), c.describe() + " sets seccompProfile.type: Unconfined"));
            }
        }
    }
}
