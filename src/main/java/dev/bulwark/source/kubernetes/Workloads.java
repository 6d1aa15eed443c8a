package dev.bulwark.source.kubernetes;

import java.util.List;
import java.util.Map;

/** Where each workload kind keeps the pod it runs: the pod spec and the pod's metadata, as paths in the object. */
public final class Workloads {
    private Workloads() {}

    /** Kind → the path of its pod template ({@code ""} for a Pod, whose spec and metadata are its own). */
    private static final Map<String, List<String>> TEMPLATE = Map.of(
            "Pod", List.of(),
            "Deployment", List.of("spec", "template"),
            "StatefulSet", List.of("spec", "template"),
            "DaemonSet", List.of("spec", "template"),
            "ReplicaSet", List.of("spec", "template"),
            "ReplicationController", List.of("spec", "template"),
            "Job", List.of("spec", "template"),
            "CronJob", List.of("spec", "jobTemplate", "spec", "template"));

    /** The workload kinds, whose resources carry {@code podSpec}. */
    public static final java.util.Set<String> KINDS = TEMPLATE.keySet();

    /** The path of the pod template of {@code kind}, or null for a kind that runs no pods. */
    static List<String> template(String kind) {
        return TEMPLATE.get(kind);
    }
}
