package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The pod spec of a workload, read from the {@code podSpec} attribute every workload kind carries,
 * with its containers, init containers and ephemeral containers in one list.
 */
final class PodSpec {
    static final String ATTRIBUTE = "podSpec";
    static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers", "ephemeralContainers");

    private final Value.Obj spec;
    private final Value.Obj metadata;

    private PodSpec(Value.Obj spec, Value.Obj metadata) {
        this.spec = spec;
        this.metadata = metadata;
    }

    static PodSpec of(Resource r) {
        Value.Obj spec = K8s.obj(r.attribute(ATTRIBUTE));
        Value.Obj meta = K8s.obj(r.attribute("podMetadata"));
        return new PodSpec(spec == null ? Value.Obj.EMPTY : spec, meta == null ? Value.Obj.EMPTY : meta);
    }

    Value get(String... keys) {
        return K8s.at(spec, keys);
    }

    /** The pod-level security context field. */
    Value security(String... keys) {
        String[] path = new String[keys.length + 1];
        path[0] = "securityContext";
        System.arraycopy(keys, 0, path, 1, keys.length);
        return K8s.at(spec, path);
    }

    List<Container> containers() {
        List<Container> out = new ArrayList<>();
        for (String list : CONTAINER_LISTS) {
            List<Value> items = K8s.list(spec.get(list));
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Value.Obj o) out.add(new Container(list, i, o));
            }
        }
        return out;
    }

    List<Value> volumes() {
        return K8s.list(spec.get("volumes"));
    }

    Value.Obj annotations() {
        Value.Obj a = K8s.objAt(metadata, "annotations");
        return a == null ? Value.Obj.EMPTY : a;
    }

    /** {@code spec.os.name: windows}: the restricted profile exempts such pods from some Linux-only controls. */
    boolean windows() {
        return "windows".equals(K8s.text(get("os", "name")));
    }

    /**
     * {@code spec.hostUsers: false}: the pod runs in its own user namespace, where root is not the node's root,
     * and the standard (since Kubernetes 1.35) exempts it from the non-root controls and baseline's /proc mount control.
     */
    boolean ownUserNamespace() {
        return K8s.isFalse(get("hostUsers"));
    }

    static String path(String rest) {
        return ATTRIBUTE + "." + rest;
    }
}
