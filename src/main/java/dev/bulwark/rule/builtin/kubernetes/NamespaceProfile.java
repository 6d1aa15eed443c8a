package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.RuleContext;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Pod Security Standards profile a workload's namespace must meet, and why: the namespace's own
 * {@code pod-security.kubernetes.io/enforce} label when the Namespace object is in the scan; else the
 * namespace's entry under {@code kubernetes.pod_security.namespaces} in {@code .bulwark.yaml}; else
 * the {@code production} profile (restricted unless configured) for a production namespace and the
 * {@code default} profile (baseline unless configured) for any other. A namespace is production when
 * its Namespace object carries the label {@code environment} or {@code env} set to {@code production}
 * or {@code prod}, or its name matches one of {@code production_namespaces} (by default
 * {@code prod}, {@code production} and names starting or ending with them and a dash).
 */
record NamespaceProfile(Profile profile, String why) {
    /** The key under which the engine hands rules the {@code kubernetes.pod_security} settings. */
    static final String SETTINGS = "kubernetes_pod_security";
    static final String ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
    static final List<String> DEFAULT_PRODUCTION = List.of("prod", "production", "prod-*", "production-*", "*-prod", "*-production");

    /** Compiled name patterns: every control asks for every workload, and compiling a glob builds a regex. */
    private static final Map<String, PathMatcher> GLOBS = new ConcurrentHashMap<>();

    static NamespaceProfile of(Resource workload, RuleContext context) {
        String ns = K8s.namespace(workload);
        Resource namespace = null;
        for (Resource n : context.sameRoot(workload, "Namespace")) {
            if (K8s.FORMAT.equals(n.format()) && ns.equals(n.name())) namespace = n;
        }
        if (namespace != null) {
            Profile labelled = Profile.parse(K8s.label(namespace, ENFORCE_LABEL));
            if (labelled != null) return new NamespaceProfile(labelled, "namespace " + ns + " enforces " + labelled.label() + " by its label");
        }
        Map<?, ?> settings = context.settings().get(SETTINGS) instanceof Map<?, ?> m ? m : Map.of();
        if (settings.get("namespaces") instanceof Map<?, ?> named && named.get(ns) instanceof String p && Profile.parse(p) != null) {
            return new NamespaceProfile(Profile.parse(p), "namespace " + ns + " must meet " + p + " (.bulwark.yaml)");
        }
        if (production(ns, namespace, settings)) {
            Profile p = profile(settings.get("production"), Profile.RESTRICTED);
            return new NamespaceProfile(p, "namespace " + ns + " is production, which must meet " + p.label());
        }
        Profile p = profile(settings.get("default"), Profile.BASELINE);
        return new NamespaceProfile(p, "namespace " + ns + " must meet " + p.label() + ", the profile for non-production namespaces");
    }

    private static boolean production(String ns, Resource namespace, Map<?, ?> settings) {
        if (namespace != null) {
            for (String key : List.of("environment", "env")) {
                String v = K8s.label(namespace, key);
                if ("production".equals(v) || "prod".equals(v)) return true;
            }
        }
        List<?> patterns = settings.get("production_namespaces") instanceof List<?> l ? l : DEFAULT_PRODUCTION;
        for (Object p : patterns) {
            if (p instanceof String glob && GLOBS.computeIfAbsent(glob, g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
                    .matches(Path.of(ns))) return true;
        }
        return false;
    }

    private static Profile profile(Object configured, Profile fallback) {
        Profile p = configured instanceof String s ? Profile.parse(s) : null;
        return p == null ? fallback : p;
    }
}
