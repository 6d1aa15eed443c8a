package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/**
 * Containers do not run as root, as the restricted Pod Security Standard defines it: runAsNonRoot true
 * on the pod or on every container (never false on one), and runAsUser never 0.
 */
public final class NonRootContainers extends WorkloadCheck {
    @Override
    String passes() {
        return "runs every container with runAsNonRoot: true and no runAsUser: 0";
    }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        NonRoot.runAsUser(pod, out);
        NonRoot.runAsNonRoot(pod, out);
    }
}
