package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/** Baseline, /proc Mount Type: procMount is unset or Default on every container. */
public final class PssProcMount extends PssControl {
    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "/proc Mount Type"; }

    /** Baseline lets a pod in its own user namespace unmask /proc; restricted still requires the default mount. */
    @Override boolean userNamespaceExempt(Profile required) { return required == Profile.BASELINE; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            String mount = K8s.text(c.security("procMount"));
            if (mount != null && !mount.equals("Default")) {
                out.add(new Violation(c.path("securityContext.procMount"), c.describe() + " sets procMount: " + mount));
            }
        }
    }
}
