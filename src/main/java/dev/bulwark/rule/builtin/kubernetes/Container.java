package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

/**
 * One container of a pod spec, whichever list it is in, with the attribute path it is written at
 * (e.g. {@code podSpec.initContainers[0]}) so that findings point at it.
 */
record Container(String list, int index, Value.Obj fields) {
    String path() {
        return PodSpec.ATTRIBUTE + "." + list + "[" + index + "]";
    }

    String path(String rest) {
        return path() + "." + rest;
    }

    String name() {
        String n = K8s.text(fields.get("name"));
        return n == null ? list + "[" + index + "]" : n;
    }

    /** How messages name it: {@code container api}, {@code init container migrate}, {@code ephemeral container debug}. */
    String describe() {
        String kind = switch (list) {
            case "initContainers" -> "init container ";
            case "ephemeralContainers" -> "ephemeral container ";
            default -> "container ";
        };
        return kind + name();
    }

    Value.Obj securityContext() {
        return K8s.objAt(fields, "securityContext");
    }

    Value security(String... keys) {
        String[] path = new String[keys.length + 1];
        path[0] = "securityContext";
        System.arraycopy(keys, 0, path, 1, keys.length);
        return K8s.at(fields, path);
    }
}
