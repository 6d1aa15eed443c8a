package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

import java.util.List;
import java.util.Set;

/** Restricted, Volume Types: only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes. */
public final class PssVolumeTypes extends PssControl {
    static final Set<String> ALLOWED = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim",
            "projected", "secret");

    @Override Profile profile() { return Profile.RESTRICTED; }
    @Override String control() { return "Volume Types"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        List<Value> volumes = pod.volumes();
        for (int i = 0; i < volumes.size(); i++) {
            if (!(volumes.get(i) instanceof Value.Obj v)) continue;
            for (var e : v.fields().entrySet()) {
                if (e.getKey().equals("name") || ALLOWED.contains(e.getKey()) || e.getValue() instanceof Value.Null) continue;
                out.add(new Violation(PodSpec.path("volumes[" + i + "]." + e.getKey()), "volume " + K8s.text(v.get("name")) + " is of type "
                        + e.getKey()));
            }
        }
    }
}
