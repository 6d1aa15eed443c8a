package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

import java.util.List;

/** The two restricted non-root controls, shared by the PSS rules and the container rule BW-CTR-001. */
final class NonRoot {
    private NonRoot() {}

    static void runAsNonRoot(PodSpec pod, List<Violation> out) {
        Value podLevel = pod.security("runAsNonRoot");
        boolean podTrue = K8s.isTrue(podLevel);
        if (K8s.isFalse(podLevel)) {
            out.add(new Violation(PodSpec.path("securityContext.runAsNonRoot"), "the pod sets runAsNonRoot: false"));
        }
        for (Container c : pod.containers()) {
            Value own = c.security("runAsNonRoot");
            if (K8s.isTrue(own)) continue;
            if (K8s.isFalse(own)) {
                out.add(new Violation(c.path("securityContext.runAsNonRoot"), c.describe() + " sets runAsNonRoot: false"));
            } else if (!podTrue) {
                out.add(new Violation(c.path("securityContext"), c.describe() + " does not set runAsNonRoot: true, nor does the pod"));
            }
        }
    }

    static void runAsUser(PodSpec pod, List<Violation> out) {
        if (Long.valueOf(0).equals(K8s.number(pod.security("runAsUser")))) {
            out.add(new Violation(PodSpec.path("securityContext.runAsUser"), "the pod sets runAsUser: 0"));
        }
        for (Container c : pod.containers()) {
            if (Long.valueOf(0).equals(K8s.number(c.security("runAsUser")))) {
                out.add(new Violation(c.path("securityContext.runAsUser"), c.describe() + " sets runAsUser: 0"));
            }
        }
    }
}
