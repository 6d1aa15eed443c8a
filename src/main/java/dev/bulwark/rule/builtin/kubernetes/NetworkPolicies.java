package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The NetworkPolicies of a namespace in the scan, and which pods their podSelector selects. */
final class NetworkPolicies {
    private NetworkPolicies() {}

    static List<Resource> inNamespace(Resource r, RuleContext context) {
        List<Resource> all = context.sameRoot(r, "NetworkPolicy");
        if (all.isEmpty()) return List.of();
        // Every workload asks, so the policies are grouped by namespace once per scanned root, not
        // searched per workload (workloads × policies); the group is derived from the root's first policy.
        Map<String, List<Resource>> byNamespace = context.derived(all.get(0), BY_NAMESPACE, () -> byNamespace(all));
        return byNamespace.getOrDefault(K8s.namespace(r), List.of());
    }

    private static final String BY_NAMESPACE = "kubernetes.networkPoliciesByNamespace";

    private static Map<String, List<Resource>> byNamespace(List<Resource> policies) {
        Map<String, List<Resource>> out = new HashMap<>();
        for (Resource p : policies) {
            if (K8s.FORMAT.equals(p.format())) out.computeIfAbsent(K8s.namespace(p), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** The labels of the pods a workload starts (its pod template's, or a Pod's own). */
    static Value.Obj podLabels(Resource workload) {
        Value.Obj labels = K8s.objAt(workload.attribute("podMetadata"), "labels");
        return labels == null ? Value.Obj.EMPTY : labels;
    }

    /** Whether a label selector selects pods with these labels; an empty selector selects every pod. */
    static boolean selects(Value selector, Value.Obj labels) {
        if (!(selector instanceof Value.Obj s)) return selector == null || selector instanceof Value.Null;
        Value.Obj match = K8s.objAt(s, "matchLabels");
        if (match != null) {
            for (Map.Entry<String, Value> e : match.fields().entrySet()) {
                String want = K8s.text(e.getValue());
                if (want == null || !want.equals(K8s.text(labels.get(e.getKey())))) return false;
            }
        }
        for (Value expr : K8s.list(s.get("matchExpressions"))) {
            String key = K8s.text(K8s.at(expr, "key"));
            String op = K8s.text(K8s.at(expr, "operator"));
            List<String> values = K8s.texts(K8s.at(expr, "values"));
            String have = key == null ? null : K8s.text(labels.get(key));
            boolean ok = switch (op == null ? "" : op) {
                case "In" -> have != null && values.contains(have);
                case "NotIn" -> have == null || !values.contains(have);
                case "Exists" -> have != null;
                case "DoesNotExist" -> have == null;
                default -> false;
            };
            if (!ok) return false;
        }
        return true;
    }

    /** The policy types a policy has: as written, else Ingress, plus Egress when it has egress rules. */
    static List<String> types(Resource policy) {
        List<String> written = K8s.texts(K8s.at(policy.attributes(), "spec", "policyTypes"));
        if (!written.isEmpty()) return written;
        List<String> out = new ArrayList<>(List.of("Ingress"));
        if (K8s.at(policy.attributes(), "spec", "egress") != null) out.add("Egress");
        return out;
    }
}
