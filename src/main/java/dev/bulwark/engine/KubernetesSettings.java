package dev.bulwark.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.Position;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code kubernetes} section of {@code .bulwark.yaml}: which Pod Security Standards profile
 * namespaces must meet when their Namespace object does not say it with the
 * {@code pod-security.kubernetes.io/enforce} label.
 *
 * <pre>
 * kubernetes:
 *   pod_security:
 *     default: baseline              # namespaces that are not production (baseline)
 *     production: restricted         # production namespaces (restricted)
 *     production_namespaces: [prod, "*-prod"]   # name globs of production namespaces
 *     namespaces: {payments: restricted}        # per namespace, before everything but the label
 * </pre>
 *
 * Rules read the result as {@code settings.kubernetes_pod_security}, a map with these keys.
 */
final class KubernetesSettings {
    static final String KEY = "kubernetes_pod_security";
    private static final Set<String> PROFILES = Set.of("privileged", "baseline", "restricted");
    private static final Set<String> KEYS = Set.of("default", "production", "production_namespaces", "namespaces");

    private KubernetesSettings() {}

    /** The pod_security map, or null when the section is absent. */
    static Map<String, Object> read(LocatedTree tree, JsonNode section) throws ScanConfig.ConfigException {
        if (section == null || section.isNull()) return null;
        String path = "$.kubernetes";
        if (!section.isObject()) throw error(tree, path, "expected a mapping with pod_security");
        for (Iterator<String> it = section.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("pod_security")) throw error(tree, LocatedTree.child(path, k), "unknown key (expected pod_security)", true);
        }
        JsonNode ps = section.get("pod_security");
        if (ps == null || ps.isNull()) return null;
        String psPath = LocatedTree.child(path, "pod_security");
        if (!ps.isObject()) throw error(tree, psPath, "expected a mapping with " + String.join(", ", KEYS.stream().sorted().toList()));
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ps.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = LocatedTree.child(psPath, e.getKey());
            switch (e.getKey()) {
                case "default", "production" -> out.put(e.getKey(), profile(tree, at, e.getValue()));
                case "production_namespaces" -> {
                    if (!e.getValue().isArray()) throw error(tree, at, "expected a list of namespace name globs, such as [prod, \"*-prod\"]");
                    List<String> globs = new ArrayList<>();
                    for (int i = 0; i < e.getValue().size(); i++) {
                        JsonNode g = e.getValue().get(i);
                        if (!g.isTextual() || g.asText().isBlank()) throw error(tree, LocatedTree.item(at, i), "expected a namespace name glob");
                        globs.add(g.asText().strip());
                    }
                    out.put(e.getKey(), List.copyOf(globs));
                }
                case "namespaces" -> {
                    if (!e.getValue().isObject()) throw error(tree, at, "expected a mapping from namespace name to profile");
                    Map<String, String> named = new LinkedHashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> ns = e.getValue().fields(); ns.hasNext(); ) {
                        Map.Entry<String, JsonNode> n = ns.next();
                        named.put(n.getKey(), profile(tree, LocatedTree.child(at, n.getKey()), n.getValue()));
                    }
                    out.put(e.getKey(), Map.copyOf(named));
                }
                default -> throw error(tree, at, "unknown key (expected " + String.join(", ", KEYS.stream().sorted().toList()) + ")", true);
            }
        }
        return out;
    }

    private static String profile(LocatedTree tree, String at, JsonNode v) throws ScanConfig.ConfigException {
        if (!v.isTextual() || !PROFILES.contains(v.asText())) {
            throw error(tree, at, "expected privileged, baseline or restricted, found " + (v.isTextual() ? "\"" + v.asText() + "\"" : v.getNodeType().name().toLowerCase()));
        }
        return v.asText();
    }

    private static ScanConfig.ConfigException error(LocatedTree tree, String path, String detail) {
        return error(tree, path, detail, false);
    }

    private static ScanConfig.ConfigException error(LocatedTree tree, String path, String detail, boolean atKey) {
        Position p = atKey ? tree.keyPosition(path) : tree.position(path);
        String shown = path.substring(2);
        return new ScanConfig.ConfigException(tree.file() + ":" + p + ": " + shown + ": " + detail);
    }
}
