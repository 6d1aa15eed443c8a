package dev.bulwark.engine;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Lookups rules need across resources, built once per scan: by type, and who refers to whom (within one
 * root module). Every lookup goes through maps keyed by address, so its cost grows with its answer, not
 * with the number of resources in the module.
 */
final class ModelIndex implements RuleContext {
    /** Each root module's resources in model order, grouped in one pass; their index is built on first use. */
    private final Map<String, List<Resource>> resourcesByRoot = new HashMap<>();
    /**
     * Per root module: its resources and references by address, keyed by the strings the resources
     * already hold. Built when a rule first asks about the root, so the roots are indexed by the
     * threads that evaluate the rules, in parallel, instead of all of them up front on one.
     */
    private final Map<String, RootIndex> roots = new ConcurrentHashMap<>();
    private final Map<String, Object> settings;

    /** The lookup maps of one root module. */
    private static final class RootIndex {
        /** type → the root's resources of that type, in model order. */
        final Map<String, List<Resource>> byType = new HashMap<>();
        /** Position of each resource in the model: answers come in model order, as a scan over all resources would give them. */
        final Map<Resource, Integer> order = new IdentityHashMap<>();
        /** address → the resource at that address (addresses are unique within a root). */
        final Map<String, Resource> byAddress = new HashMap<>();
        /** address without instance key → its instances ({@code aws_s3_bucket.x} → {@code aws_s3_bucket.x[0]}, …). */
        final Map<String, List<Resource>> instancesByBase = new HashMap<>();
        /** reference target, as written → resources whose references name exactly that target. */
        final Map<String, List<Resource>> referrersByTarget = new HashMap<>();
        /** address without instance key → resources referring to one instance of it ({@code aws_s3_bucket.x["a"]}). */
        final Map<String, List<Resource>> instanceReferrersByBase = new HashMap<>();

        RootIndex(List<Resource> resources) {
            for (Resource r : resources) {
                order.put(r, order.size());
                byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
                byAddress.putIfAbsent(r.address(), r);
                String base = base(r.address());
                if (base != null) instancesByBase.computeIfAbsent(base, k -> new ArrayList<>()).add(r);
                for (Set<String> targets : r.references().values()) {
                    for (String t : targets) {
                        addOnce(referrersByTarget, t, r);
                        String targetBase = base(t);
                        if (targetBase != null) addOnce(instanceReferrersByBase, targetBase, r);
                    }
                }
            }
        }
    }

    ModelIndex(InfrastructureModel model, Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
        for (Resource r : model.resources()) resourcesByRoot.computeIfAbsent(r.scope(), k -> new ArrayList<>()).add(r);
    }

    private RootIndex root(Resource r) {
        List<Resource> resources = resourcesByRoot.get(r.scope());
        return resources == null ? EMPTY_ROOT : roots.computeIfAbsent(r.scope(), k -> new RootIndex(resources));
    }

    private static final RootIndex EMPTY_ROOT = new RootIndex(List.of());

    /** Resources are added in model order, all references of one resource together: a repeat is the last element. */
    private static void addOnce(Map<String, List<Resource>> map, String key, Resource r) {
        List<Resource> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != r) list.add(r);
    }

    /**
     * The address without its trailing instance key ({@code aws_s3_bucket.x["a.b"]} → {@code aws_s3_bucket.x}),
     * or null when it has none; keys of module instances before the last name stay. Quoted keys may hold
     * dots and brackets, so the address is read from the start with quotes tracked.
     */
    static String base(String address) {
        if (!address.endsWith("]")) return null;
        int lastOpen = -1;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (quoted) {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                if (depth++ == 0) lastOpen = i;
            } else if (c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                lastOpen = -1;
            }
        }
        return lastOpen > 0 ? address.substring(0, lastOpen) : null;
    }

    @Override
    public List<Resource> referrers(Resource resource, String type) {
        RootIndex root = root(resource);
        String address = resource.address();
        String base = base(address);
        // A reference names this resource exactly, or the whole resource this is an instance of,
        // or (for a resource without instance key) one instance of it: what Resource.refersTo accepts.
        List<Resource> exact = root.referrersByTarget.getOrDefault(address, List.of());
        List<Resource> other = base != null
                ? root.referrersByTarget.getOrDefault(base, List.of())
                : root.instanceReferrersByBase.getOrDefault(address, List.of());
        return inModelOrder(exact, other, type, resource, root.order);
    }

    @Override
    public List<Resource> referrersThrough(Resource resource, String type, String attribute) {
        List<Resource> out = new ArrayList<>();
        for (Resource c : referrers(resource, type)) {
            for (String t : c.references().getOrDefault(attribute, Set.of())) {
                if (Resource.sameOrInstance(t, resource.address())) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public List<Resource> referenced(Resource resource, String type) {
        RootIndex root = root(resource);
        Matches out = new Matches(type, resource, root.order);
        for (Set<String> targets : resource.references().values()) {
            for (String t : targets) {
                // The target itself, the instances of a whole resource, or the whole resource of an instance:
                // what Resource.sameOrInstance accepts.
                out.add(root.byAddress.get(t));
                String base = base(t);
                if (base == null) {
                    out.addAll(root.instancesByBase.getOrDefault(t, List.of()));
                } else {
                    out.add(root.byAddress.get(base));
                }
            }
        }
        return out.inModelOrder();
    }

    /** The resources of {@code type} among both lists, each once, {@code self} left out, in model order. */
    private static List<Resource> inModelOrder(List<Resource> a, List<Resource> b, String type, Resource self, Map<Resource, Integer> order) {
        if (a.isEmpty() && b.isEmpty()) return List.of();
        Matches out = new Matches(type, self, order);
        out.addAll(a);
        out.addAll(b);
        return out.inModelOrder();
    }

    /**
     * Collects the answer to one lookup. Answers are short (a bucket's few configuration resources),
     * so duplicates are found by scanning the answer, with a set only when it grows long; lookups run
     * for every rule on every resource, and a hash set per lookup was a large share of the scan's garbage.
     */
    private static final class Matches {
        private static final int SCAN_LIMIT = 16;
        private final String type;
        private final Resource self;
        private final Map<Resource, Integer> order;
        private List<Resource> found = List.of();
        private Set<Resource> seen;

        Matches(String type, Resource self, Map<Resource, Integer> order) {
            this.type = type;
            this.self = self;
            this.order = order;
        }

        void addAll(List<Resource> candidates) {
            for (int i = 0; i < candidates.size(); i++) add(candidates.get(i));
        }

        void add(Resource c) {
            if (c == null || c == self || !c.type().equals(type) || contains(c)) return;
            if (found.isEmpty()) found = new ArrayList<>(2);
            found.add(c);
            if (seen != null) seen.add(c);
        }

        private boolean contains(Resource c) {
            if (seen != null) return seen.contains(c);
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i) == c) return true;
            }
            if (found.size() >= SCAN_LIMIT) {
                seen = Collections.newSetFromMap(new IdentityHashMap<>());
                seen.addAll(found);
            }
            return false;
        }

        List<Resource> inModelOrder() {
            if (found.size() > 1) found.sort(Comparator.comparingInt(order::get));
            return found;
        }
    }

    @Override
    public List<Resource> sameRoot(Resource resource, String type) {
        return root(resource).byType.getOrDefault(type, List.of());
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }

    private final Map<DerivedKey, Object> derived = new ConcurrentHashMap<>();

    /**
     * This index, for rules running on {@code focus} on one thread: what they derive from {@code focus}
     * is kept only as long as the returned context, so a scan does not hold a derived copy of every
     * resource. Values derived from other (related) resources are shared scan-wide as usual.
     */
    RuleContext focusedOn(Resource focus) {
        Map<String, Object> own = new HashMap<>();
        ModelIndex index = this;
        return new RuleContext() {
            @Override
            public List<Resource> referrers(Resource resource, String type) {
                return index.referrers(resource, type);
            }

            @Override
            public List<Resource> referrersThrough(Resource resource, String type, String attribute) {
                return index.referrersThrough(resource, type, attribute);
            }

            @Override
            public List<Resource> referenced(Resource resource, String type) {
                return index.referenced(resource, type);
            }

            @Override
            public List<Resource> sameRoot(Resource resource, String type) {
                return index.sameRoot(resource, type);
            }

            @Override
            public Map<String, Object> settings() {
                return index.settings();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T derived(Resource resource, String key, Supplier<T> compute) {
                if (resource != focus) return index.derived(resource, key, compute);
                Object value = own.get(key);
                if (value == null) {
                    value = compute.get();
                    own.put(key, value);
                }
                return (T) value;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T derived(Resource resource, String key, Supplier<T> compute) {
        return (T) derived.computeIfAbsent(new DerivedKey(resource, key), k -> compute.get());
    }

    /** Identity of the resource (records compare deeply, which would be slow and wrong here) plus a name. */
    private static final class DerivedKey {
        private final Resource resource;
        private final String key;

        DerivedKey(Resource resource, String key) {
            this.resource = resource;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DerivedKey d && d.resource == resource && d.key.equals(key);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(resource) * 31 + key.hashCode();
        }
    }
}
