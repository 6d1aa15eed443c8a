package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/** Restricted, Running as Non-root user: runAsUser is never 0, on the pod or any container. */
public final class PssRunAsUser extends PssControl {
    @Override Profile profile() { return Profile.RESTRICTED; }
    @Override String control() { return "Running as Non-root user"; }

    @Override boolean userNamespaceExempt(Profile required) { return true; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        NonRoot.runAsUser(pod, out);
    }
}
