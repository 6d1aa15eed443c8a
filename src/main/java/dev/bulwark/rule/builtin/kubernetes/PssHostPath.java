package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

import java.util.List;

/** Baseline, HostPath Volumes: no hostPath volume. */
public final class PssHostPath extends PssControl {
    @Override Profile profile() { return Profile.BASELINE; }
    @Override String control() { return "HostPath Volumes"; }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        List<Value> volumes = pod.volumes();
        for (int i = 0; i < volumes.size(); i++) {
            Value hostPath = K8s.at(volumes.get(i), "hostPath");
            if (hostPath != null && !(hostPath instanceof Value.Null)) {
                String path = K8s.text(K8s.at(hostPath, "path"));
                out.add(new Violation(PodSpec.path("volumes[" + i + "].hostPath"), "volume " + K8s.text(K8s.at(volumes.get(i), "name"))
                        + " mounts the node's " + (path == null ? "filesystem" : path)));
            }
        }
    }
}
