package dev.bulwark.source.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.model.DeclaredSuppression;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.Position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the Kubernetes objects of parsed documents into resources: type the kind, address
 * {@code Kind/namespace/name} ({@code Kind/name} for cluster-wide kinds), attributes the object as
 * written with the place of every field. Workloads get two more attributes, {@code podSpec} and
 * {@code podMetadata}: the pod spec and pod metadata from wherever the kind keeps them, so one rule
 * serves every workload kind. A {@code List} is read item by item; documents that are not objects
 * are skipped. Fields of a known shape written with the wrong type are reported with their line and
 * left out of {@code podSpec}; the object is still loaded.
 */
final class ObjectReader {
    static final String POD_SPEC = "podSpec";
    static final String POD_METADATA = "podMetadata";
    static final String RENDERED_FROM = "renderedFrom";
    static final String DEFAULT_NAMESPACE = "default";
    /** Config files of build tools that share the manifest look but are never sent to a cluster. */
    private static final List<String> NOT_CLUSTER_OBJECTS = List.of("kustomize.config.k8s.io/", "skaffold/", "config.kubernetes.io/");
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");

    private final String file;
    private final String scope;
    private final List<Resource> resources = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ObjectReader(String file, String scope) {
        this.file = file;
        this.scope = scope;
    }

    List<Resource> resources() {
        return resources;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Reads the object (or List of objects) at {@code path}; {@code endLine} is the last line of its document. */
    void read(LocatedTree tree, String path, String renderedFrom, int endLine) {
        JsonNode n = at(tree.node(), path);
        if (!ManifestFile.isObject(n)) return;
        String apiVersion = n.get("apiVersion").asText();
        for (String skipped : NOT_CLUSTER_OBJECTS) if (apiVersion.startsWith(skipped)) return;
        String kind = n.get("kind").asText();
        if (kind.endsWith("List") && n.has("items")) {
            JsonNode items = n.get("items");
            if (!items.isArray()) {
                problem(tree, LocatedTree.child(path, "items"), kind + ": items: expected a list of objects, found " + found(items));
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                String itemPath = LocatedTree.item(LocatedTree.child(path, "items"), i);
                int itemEnd = i + 1 < items.size() ? tree.position(LocatedTree.item(LocatedTree.child(path, "items"), i + 1)).line() - 1 : endLine;
                if (items.get(i).isObject() && !ManifestFile.isObject(items.get(i))) {
                    problem(tree, itemPath, kind + ": item " + i + " is not a Kubernetes object (it lacks apiVersion or kind)");
                    continue;
                }
                read(tree, itemPath, renderedFrom, itemEnd);
            }
            return;
        }
        JsonNode metadata = n.get("metadata");
        if (metadata != null && !metadata.isObject() && !metadata.isNull()) {
            problem(tree, LocatedTree.child(path, "metadata"), kind + ": metadata: expected a mapping, found " + found(metadata)
                    + "; the object is left out");
            return;
        }
        String name = text(tree, metadata, path, "name");
        if (name == null) name = text(tree, metadata, path, "generateName");
        if (name == null) name = "(unnamed)";
        String namespace = text(tree, metadata, path, "namespace");
        boolean clusterWide = ClusterScope.isClusterWide(kind);
        String ns = clusterWide ? null : namespace == null || namespace.isBlank() ? DEFAULT_NAMESPACE : namespace;
        String address = clusterWide ? kind + "/" + name : kind + "/" + ns + "/" + name;

        Map<String, SourceLocation> locations = new HashMap<>();
        Map<String, Value> fields = new LinkedHashMap<>();
        for (var it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            String child = LocatedTree.child(path, e.getKey());
            fields.put(e.getKey(), convert(tree, e.getValue(), child, e.getKey(), locations, true));
        }
        List<String> template = Workloads.template(kind);
        if (template != null) podSpec(tree, n, path, kind, template, fields, locations);
        if (renderedFrom != null) fields.put(RENDERED_FROM, Value.of(renderedFrom));
        Position start = tree.position(path);
        SourceLocation whole = new SourceLocation(file, start.line(), start.column(), Math.max(start.line(), endLine), 1);
        List<DeclaredSuppression> suppressions = AnnotationSuppressions.read(metadata, (key) -> at(tree,
                LocatedTree.child(LocatedTree.child(LocatedTree.child(path, "metadata"), "annotations"), key)));
        resources.add(new Resource(KubernetesSource.FORMAT, address, kind, name, scope, whole, new Value.Obj(fields), locations, Map.of(),
                Set.of(), null, suppressions));
    }

    /** podSpec and podMetadata: copies of the pod template's spec and metadata, located where they are written. */
    private void podSpec(LocatedTree tree, JsonNode object, String path, String kind, List<String> template,
                         Map<String, Value> fields, Map<String, SourceLocation> locations) {
        JsonNode node = object;
        String treePath = path;
        for (String step : template) {
            JsonNode next = node.get(step);
            treePath = LocatedTree.child(treePath, step);
            if (next == null || next.isNull()) return;
            if (!next.isObject()) {
                problem(tree, treePath, kind + ": " + attributePath(path, treePath) + ": expected a mapping, found " + found(next));
                return;
            }
            node = next;
        }
        JsonNode spec = node.get("spec");
        String specPath = LocatedTree.child(treePath, "spec");
        if (spec != null && !spec.isObject() && !spec.isNull()) {
            problem(tree, specPath, kind + ": " + attributePath(path, specPath) + ": expected a pod spec mapping, found " + found(spec));
        } else if (spec != null && spec.isObject()) {
            Map<String, Value> specFields = new LinkedHashMap<>();
            for (var it = spec.fields(); it.hasNext(); ) {
                var e = it.next();
                String child = LocatedTree.child(specPath, e.getKey());
                if (!shapeOk(tree, kind, path, e.getKey(), e.getValue(), child)) continue;
                specFields.put(e.getKey(), convert(tree, e.getValue(), child, POD_SPEC + "." + e.getKey(), locations, true));
            }
            fields.put(POD_SPEC, new Value.Obj(specFields));
            locate(tree, specPath, POD_SPEC, locations, false);
        } else {
            fields.put(POD_SPEC, Value.Obj.EMPTY);
        }
        JsonNode meta = node.get("metadata");
        String metaPath = LocatedTree.child(treePath, "metadata");
        if (meta != null && meta.isObject()) {
            fields.put(POD_METADATA, convert(tree, meta, metaPath, POD_METADATA, locations, true));
        } else {
            fields.put(POD_METADATA, Value.Obj.EMPTY);
        }
    }

    /** Container lists must be lists of mappings, volumes too; a wrong one is reported and left out of podSpec. */
    private boolean shapeOk(LocatedTree tree, String kind, String objectPath, String key, JsonNode value, String treePath) {
        if (value.isNull()) return true;
        if (CONTAINER_LISTS.contains(key) || key.equals("volumes")) {
            String what = key.equals("volumes") ? "volumes" : "containers";
            if (!value.isArray()) {
                problem(tree, treePath, kind + ": " + attributePath(objectPath, treePath) + ": expected a list of " + what + ", found "
                        + found(value) + "; it is left out of the checks");
                return false;
            }
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isObject()) {
                    problem(tree, LocatedTree.item(treePath, i), kind + ": " + attributePath(objectPath, LocatedTree.item(treePath, i))
                            + ": expected a mapping, found " + found(value.get(i)) + "; the list is left out of the checks");
                    return false;
                }
            }
        }
        if (key.equals("securityContext") && !value.isObject()) {
            problem(tree, treePath, kind + ": " + attributePath(objectPath, treePath) + ": expected a mapping, found " + found(value)
                    + "; it is left out of the checks");
            return false;
        }
        return true;
    }

    /**
     * The node as a model value; every field's place is recorded under its attribute path (the key for
     * a mapping entry, the value for a list item). Under {@code podSpec} the original field keeps its own
     * path too, so a rule can point at either.
     */
    private static Value convert(LocatedTree tree, JsonNode n, String treePath, String attribute, Map<String, SourceLocation> locations,
                                 boolean isKey) {
        locate(tree, treePath, attribute, locations, isKey);
        if (n == null || n.isNull() || n.isMissingNode()) return Value.NULL;
        if (n.isObject()) {
            Map<String, Value> fields = new LinkedHashMap<>();
            for (var it = n.fields(); it.hasNext(); ) {
                var e = it.next();
                fields.put(e.getKey(), convert(tree, e.getValue(), LocatedTree.child(treePath, e.getKey()), attribute + "." + e.getKey(),
                        locations, true));
            }
            return new Value.Obj(fields);
        }
        if (n.isArray()) {
            List<Value> items = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                items.add(convert(tree, n.get(i), LocatedTree.item(treePath, i), attribute + "[" + i + "]", locations, false));
            }
            return new Value.ListV(items);
        }
        if (n.isBoolean()) return Value.of(n.booleanValue());
        if (n.isNumber()) return Value.of(n.decimalValue());
        return Value.of(n.asText());
    }

    private static void locate(LocatedTree tree, String treePath, String attribute, Map<String, SourceLocation> locations, boolean isKey) {
        Position p = isKey ? tree.keyPosition(treePath) : tree.position(treePath);
        locations.put(attribute, SourceLocation.at(tree.file(), p.line(), p.column()));
    }

    private String text(LocatedTree tree, JsonNode metadata, String path, String key) {
        if (metadata == null || !metadata.isObject() || !metadata.has(key) || metadata.get(key).isNull()) return null;
        JsonNode v = metadata.get(key);
        if (!v.isValueNode()) {
            problem(tree, LocatedTree.child(LocatedTree.child(path, "metadata"), key), "metadata." + key + ": expected a string, found " + found(v));
            return null;
        }
        return v.asText();
    }

    private void problem(LocatedTree tree, String treePath, String message) {
        Position p = tree.position(treePath);
        diagnostics.add(Diagnostic.error(SourceLocation.at(file, p.line(), p.column()), message));
    }

    private static SourceLocation at(LocatedTree tree, String treePath) {
        Position p = tree.position(treePath);
        return SourceLocation.at(tree.file(), p.line(), p.column());
    }

    /** A tree path inside the object as an attribute path: {@code $.items[2].spec.x} → {@code spec.x}. */
    private static String attributePath(String objectPath, String treePath) {
        String rest = treePath.substring(objectPath.length());
        return rest.startsWith(".") ? rest.substring(1) : rest;
    }

    private static JsonNode at(JsonNode root, String path) {
        if (path.equals(LocatedTree.ROOT)) return root;
        // Only list items of a List are read below the root: $.items[i] (and nested Lists, rarely).
        JsonNode n = root;
        String rest = path.substring(1);
        while (!rest.isEmpty()) {
            if (rest.startsWith(".items[")) {
                int close = rest.indexOf(']');
                n = n.path("items").path(Integer.parseInt(rest.substring(".items[".length(), close)));
                rest = rest.substring(close + 1);
            } else {
                return null;
            }
        }
        return n;
    }

    static String found(JsonNode v) {
        if (v.isTextual()) return "a string";
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "a boolean";
        if (v.isArray()) return "a list";
        if (v.isObject()) return "a mapping";
        return "nothing";
    }
}
