package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Baseline, AppArmor: the profile type, pod- or container-level, is unset, RuntimeDefault or Localhost;
 * the older annotations {@code container.apparmor.security.beta.kubernetes.io/*} are unset,
 * {@code runtime/default} or {@code localhost/*}.
 */
public final class PssAppArmor extends PssControl {
    private static final Set<String> TYPES = Set.of("RuntimeDefault", "Localhost");
    private static final String ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "AppArmor"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        String podType = K8s.text(pod.security("appArmorProfile", "type"));
        if (podType != null && !TYPES.contains(podType)) {
            out.add(new Violation(PodSpec.path("securityContext.appArmorProfile.type"), "the pod sets appArmorProfile.type: " + podType));
        }
        for (Container c : pod.containers()) {
            String type = K8s.text(c.security("appArmorProfile", "type"));
            if (type != null && !TYPES.contains(type)) {
                out.add(new Violation(c.path("securityContext.appArmorProfile.type"), c.describe() + " sets appArmorProfile.type: " + type));
            }
        }
        for (Map.Entry<String, Value> a : pod.annotations().fields().entrySet()) {
            if (!a.getKey().startsWith(ANNOTATION)) continue;
            String v = K8s.text(a.getValue());
            if (v != null && !v.equals("runtime/default") && !v.startsWith("localhost/")) {
                out.add(new Violation("podMetadata.annotations." + a.getKey(), "annotation " + a.getKey() + " is " + v));
            }
        }
    }
}
