package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;
import java.util.Set;

/**
 * Restricted, Seccomp: the seccomp profile is RuntimeDefault or Localhost, set on the pod or on every
 * container (a container may leave it unset only when the pod sets it). Windows pods are exempt.
 */
public final class PssSeccompRestricted extends PssControl {
    static final Set<String> TYPES = Set.of("RuntimeDefault", "Localhost");

    @Override Profile profile() { return Profile.RESTRICTED; }
    @Override String control() { return "Seccomp (restricted)"; }
    @Override boolean windowsExempt() { return true; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        String podType = K8s.text(pod.security("seccompProfile", "type"));
        if (podType != null && !TYPES.contains(podType)) {
            out.add(new Violation(PodSpec.path("securityContext.seccompProfile.type"), "the pod sets seccompProfile.type: " + podType));
        }
        for (Container c : pod.containers()) {
            String type = K8s.text(c.security("seccompProfile", "type"));
            if (type != null && !TYPES.contains(type)) {
                out.add(new Violation(c.path("securityContext.seccompProfile.type"), c.describe() + " sets seccompProfile.type: " + type));
            } else if (type == null && podType == null) {
                out.add(new Violation(c.path("securityContext"), c.describe() + " sets no seccomp profile, nor does the pod"));
            }
        }
    }
}
