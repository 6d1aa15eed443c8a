package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/** Restricted, Privilege Escalation: every container sets allowPrivilegeEscalation: false (Windows pods exempt). */
public final class PssPrivilegeEscalation extends PssControl {
    @Override Profile profile() { return Profile.RESTRICTED; }
    @Override String control() { return "Privilege Escalation"; }
    @Override boolean windowsExempt() { return true; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            if (!K8s.isFalse(c.security("allowPrivilegeEscalation"))) {
                String written = K8s.text(c.security("allowPrivilegeEscalation"));
                out.add(new Violation(c.path("securityContext.allowPrivilegeEscalation"), c.describe()
                        + (written == null ? " does not set allowPrivilegeEscalation: false" : " sets allowPrivilegeEscalation: " + written)));
            }
        }
    }
}
