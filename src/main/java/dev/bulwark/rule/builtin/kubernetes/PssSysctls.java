package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

import java.util.List;
import java.util.Set;

/** Baseline, Sysctls: only the namespaced sysctls the standard lists as safe. */
public final class PssSysctls extends PssControl {
    static final Set<String> SAFE = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "Sysctls"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        List<Value> sysctls = K8s.list(pod.security("sysctls"));
        for (int i = 0; i < sysctls.size(); i++) {
            String name = K8s.text(K8s.at(sysctls.get(i), "name"));
            if (name != null && !SAFE.contains(name)) {
                out.add(new Violation(PodSpec.path("securityContext.sysctls[" + i + "].name"), "the pod sets sysctl " + name));
            }
        }
    }
}
