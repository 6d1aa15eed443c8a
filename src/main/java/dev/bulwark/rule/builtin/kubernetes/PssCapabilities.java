package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;
import java.util.Set;

/** Baseline, Capabilities: containers add only capabilities of the container runtime's default set. */
public final class PssCapabilities extends PssControl {
    static final Set<String> ALLOWED = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
            "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "Capabilities"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            List<String> added = K8s.texts(c.security("capabilities", "add"));
            List<String> extra = added.stream().filter(a -> !ALLOWED.contains(a)).toList();
            if (!extra.isEmpty()) {
                out.add(new Violation(c.path("securityContext.capabilities.add"), c.describe() + " adds " + String.join(", ", extra)));
            }
        }
    }
}
