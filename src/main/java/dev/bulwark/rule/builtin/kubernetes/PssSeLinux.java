package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

import java.util.List;
import java.util.Set;

/**
 * Baseline, SELinux: seLinuxOptions.type is unset, empty or one of the container types; user and role
 * are unset or empty; at pod level and on every container.
 */
public final class PssSeLinux extends PssControl {
    private static final Set<String> TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");

    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "SELinux"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        options(pod.security("seLinuxOptions"), PodSpec.path("securityContext.seLinuxOptions"), "the pod", out);
        for (Container c : pod.containers()) options(c.security("seLinuxOptions"), c.path("securityContext.seLinuxOptions"), c.describe(), out);
    }

    private static void options(Value options, String path, String who, List<Violation> out) {
        if (!(options instanceof Value.Obj o)) return;
        String type = K8s.text(o.get("type"));
        if (type != null && !TYPES.contains(type)) out.add(new Violation(path + ".type", who + " sets seLinuxOptions.type: " + type));
        for (String field : List.of("user", "role")) {
            String v = K8s.text(o.get(field));
            if (v != null && !v.isEmpty()) out.add(new Violation(path + "." + field, who + " sets seLinuxOptions." + field + ": " + v));
        }
    }
}
