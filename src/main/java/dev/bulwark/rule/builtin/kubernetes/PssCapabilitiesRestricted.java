package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/** Restricted, Capabilities: every container drops ALL and adds nothing but NET_BIND_SERVICE. Windows pods are exempt. */
public final class PssCapabilitiesRestricted extends PssControl {
    @Override Profile profile() { return Profile.RESTRICTED; }
    @Override String control() { return "Capabilities (restricted)"; }
    @Override boolean windowsExempt() { return true; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            if (!K8s.texts(c.security("capabilities", "drop")).contains("ALL")) {
                out.add(new Violation(c.path("securityContext.capabilities"), c.describe() + " does not drop ALL capabilities"));
            }
            List<String> extra = K8s.texts(c.security("capabilities", "add")).stream().filter(a -> !a.equals("NET_BIND_SERVICE")).toList();
            if (!extra.isEmpty()) {
                out.add(new Violation(c.path("securityContext.capabilities.add"), c.describe() + " adds " + String.join(", ", extra)));
            }
        }
    }
}
