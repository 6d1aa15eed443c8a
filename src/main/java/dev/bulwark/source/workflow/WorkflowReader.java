package dev.bulwark.source.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.LocatedTreeException;
import dev.bulwark.source.located.Position;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one workflow file into a {@code github_actions_workflow} resource whose attributes have one
 * shape whatever form the file used: {@code on} is always a map from event to its settings, each job
 * a map with a list of {@code needs} and a list of {@code steps}.
 */
public final class WorkflowReader {
    public static final String TYPE = "github_actions_workflow";

    private WorkflowReader() {}

    /**
     * @param file    how the file is named in locations and messages
     * @param name    the resource name, unique in the scan
     * @param rootDir how the scanned directory holding it is named
     * @return empty for a file with no document in it
     * @throws LocatedTreeException when the text is not YAML, or its top level is not a mapping
     */
    public static Optional<Resource> read(String file, String name, String rootDir, byte[] content) throws LocatedTreeException {
        LocatedTree tree = LocatedTree.parseYaml(file, content);
        JsonNode root = tree.node();
        if (root == null || root.isNull()) return Optional.empty();
        if (!root.isObject()) {
            throw new LocatedTreeException(file, Position.START, LocatedTreeException.Problem.SYNTAX,
                    "not a GitHub Actions workflow: the top level must be a mapping with on and jobs");
        }
        Locations at = new Locations(tree, file);
        Map<String, Value> f = new LinkedHashMap<>();
        if (root.has("name")) {
            f.put("name", Values.text(root.get("name")));
            at.key("name", LocatedTree.child(LocatedTree.ROOT, "name"));
        }
        String onKey = onKey(root);
        f.put("on", Triggers.of(onKey == null ? null : root.get(onKey)));
        if (onKey != null) at.key("on", LocatedTree.child(LocatedTree.ROOT, onKey));
        if (root.has("permissions")) {
            f.put("permissions", Values.of(root.get("permissions")));
            at.key("permissions", LocatedTree.child(LocatedTree.ROOT, "permissions"));
        }
        if (root.has("jobs")) at.key("jobs", LocatedTree.child(LocatedTree.ROOT, "jobs"));
        f.put("jobs", JobShape.jobs(root.get("jobs"), at));
        SourceLocation whole = new SourceLocation(file, 1, 1, lastLine(content), 1);
        return Optional.of(new Resource(WorkflowSource.FORMAT, TYPE + "." + name, TYPE, name, rootDir, whole,
                new Value.Obj(f), at.all(), Map.of()));
    }

    /** YAML 1.1 readers take a bare {@code on} key for the boolean true; accept that spelling too. */
    private static String onKey(JsonNode root) {
        for (String k : List.of("on", "true", "True", "ON", "On")) if (root.has(k)) return k;
        return null;
    }

    private static int lastLine(byte[] content) {
        int lines = 1;
        for (byte b : content) if (b == '\n') lines++;
        if (content.length > 0 && content[content.length - 1] == '\n') lines--;
        return Math.max(1, lines);
    }
}
