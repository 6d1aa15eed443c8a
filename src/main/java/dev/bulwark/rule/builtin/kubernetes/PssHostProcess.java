package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/** Baseline, HostProcess: no Windows HostProcess pod or container. */
public final class PssHostProcess extends PssControl {
    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "HostProcess"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        if (K8s.isTrue(pod.security("windowsOptions", "hostProcess"))) {
            out.add(new Violation(PodSpec.path("securityContext.windowsOptions.hostProcess"), "the pod sets windowsOptions.hostProcess: true"));
        }
        for (Container c : pod.containers()) {
            if (K8s.isTrue(c.security("windowsOptions", "hostProcess"))) {
                out.add(new Violation(c.path("securityContext.windowsOptions.hostProcess"), c.describe() + " sets windowsOptions.hostProcess: true"));
            }
        }
    }
}
