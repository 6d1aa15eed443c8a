package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/**
 * Baseline, Seccomp: a seccomp profile set at pod level or on any container is of type RuntimeDefault or
 * Localhost, the only values the standard allows besides leaving it unset (Unconfined is the one that matters).
 */
public final class PssSeccompBaseline extends PssControl {
    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "Seccomp"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        String podType = K8s.text(pod.security("seccompProfile", "type"));
        if (podType != null && !PssSeccompRestricted.TYPES.contains(podType)) {
            out.add(new Violation(PodSpec.path("securityContext.seccompProfile.type"), "the pod sets seccompProfile.type: " + podType));
        }
        for (Container c : pod.containers()) {
            String type = K8s.text(c.security("seccompProfile", "type"));
            if (type != null && !PssSeccompRestricted.TYPES.contains(type)) {
                out.add(new Violation(c.path("securityContext.seccompProfile.type"), c.describe() + " sets seccompProfile.type: " + type));
            }
        }
    }
}
