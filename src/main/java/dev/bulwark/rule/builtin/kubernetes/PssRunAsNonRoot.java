package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/**
 * Restricted, Running as Non-root: runAsNonRoot is true on the pod, or on every container; a container
 * may leave it unset only when the pod sets it, and neither the pod nor a container may set it to false.
 */
public final class PssRunAsNonRoot extends PssControl {
    @Override Profile profile() { return Profile.RESTRICTED; }
    @Override String control() { return "Running as Non-root"; }

    @Override boolean userNamespaceExempt(Profile required) { return true; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        NonRoot.runAsNonRoot(pod, out);
    }
}
