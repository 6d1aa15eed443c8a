package dev.bulwark.engine;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Lookups rules need across resources, built once per scan: by type, and who refers to whom (within one root module). */
final class ModelIndex implements RuleContext {
    private final Map<String, List<Resource>> byRootAndType = new HashMap<>();
    /** root + base address → resources whose references name that address or one of its instances. */
    private final Map<String, List<Resource>> referrersByTarget = new HashMap<>();
    private final Map<String, Object> settings;

    ModelIndex(InfrastructureModel model, Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
        for (Resource r : model.resources()) {
            byRootAndType.computeIfAbsent(r.rootModule() + "|" + r.type(), k -> new ArrayList<>()).add(r);
            for (Set<String> targets : r.references().values()) {
                for (String t : targets) {
                    List<Resource> list = referrersByTarget.computeIfAbsent(r.rootModule() + "|" + base(t), k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != r) list.add(r);
                }
            }
        }
    }

    /** {@code aws_s3_bucket.x["a"]} → {@code aws_s3_bucket.x}; module instance keys stay. */
    static String base(String address) {
        if (!address.endsWith("]")) return address;
        int open = address.lastIndexOf('[');
        int lastDot = address.lastIndexOf('.');
        return open > lastDot ? address.substring(0, open) : address;
    }

    @Override
    public List<Resource> referrers(Resource resource, String type) {
        List<Resource> candidates = referrersByTarget.getOrDefault(resource.rootModule() + "|" + base(resource.address()), List.of());
        List<Resource> out = new ArrayList<>();
        for (Resource c : candidates) {
            if (c.type().equals(type) && c != resource && c.refersTo(resource.address())) out.add(c);
        }
        return out;
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
        List<Resource> out = new ArrayList<>();
        for (Resource c : sameRoot(resource, type)) {
            if (c != resource && resource.refersTo(c.address())) out.add(c);
        }
        return out;
    }

    @Override
    public List<Resource> sameRoot(Resource resource, String type) {
        return byRootAndType.getOrDefault(resource.rootModule() + "|" + type, List.of());
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
