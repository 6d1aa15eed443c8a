package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reading Kubernetes object attributes: typed lookups that give null for absent or wrongly typed fields. */
final class K8s {
    private K8s() {}

    static final String FORMAT = "kubernetes";
    static final Set<String> WORKLOADS = Set.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController",
            "Job", "CronJob");

    static Value.Obj obj(Value v) {
        return v instanceof Value.Obj o ? o : null;
    }

    /** The value at a dotted path of mapping keys, null when any step is absent or not a mapping. */
    static Value at(Value v, String... keys) {
        Value cur = v;
        for (String k : keys) {
            if (!(cur instanceof Value.Obj o)) return null;
            cur = o.get(k);
        }
        return cur;
    }

    static Value.Obj objAt(Value v, String... keys) {
        return obj(at(v, keys));
    }

    static List<Value> list(Value v) {
        return v instanceof Value.ListV l ? l.items() : List.of();
    }

    static String text(Value v) {
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.Num n) return n.value().toPlainString();
        if (v instanceof Value.Bool b) return String.valueOf(b.value());
        return null;
    }

    /** True for the boolean true and the string "true" (a YAML author's quotes do not change the meaning for the API server's reader). */
    static boolean isTrue(Value v) {
        return v instanceof Value.Bool b ? b.value() : "true".equals(text(v));
    }

    static boolean isFalse(Value v) {
        return v instanceof Value.Bool b ? !b.value() : "false".equals(text(v));
    }

    /** A whole number, or null. */
    static Long number(Value v) {
        if (v instanceof Value.Num n) {
            try {
                return n.value().longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        String t = text(v);
        if (t == null) return null;
        try {
            return Long.parseLong(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String name(Resource r) {
        return r.name();
    }

    /** The namespace the object lives in ({@code default} when its metadata names none); null for cluster-wide kinds. */
    static String namespace(Resource r) {
        String ns = text(at(r.attributes(), "metadata", "namespace"));
        return ns == null || ns.isBlank() ? "default" : ns;
    }

    static String label(Resource r, String key) {
        return text(at(r.attributes(), "metadata", "labels", key));
    }

    /** How findings name the object: its address, and the chart template it was rendered from when known. */
    static String describe(Resource r) {
        String from = text(r.attribute("renderedFrom"));
        return from == null ? r.address() : r.address() + " (from " + from + ")";
    }

    static List<String> texts(Value v) {
        List<String> out = new ArrayList<>();
        for (Value i : list(v)) {
            String t = text(i);
            if (t != null) out.add(t);
        }
        return out;
    }
}
