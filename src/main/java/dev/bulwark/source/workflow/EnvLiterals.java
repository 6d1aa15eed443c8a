package dev.bulwark.source.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.source.NamedLiteral;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.LocatedTreeException;
import dev.bulwark.source.located.Position;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The {@code env:} entries of a workflow written as literal text: at the top, on each job, each
 * step, and a job's {@code container} and {@code services}. A value holding an expression
 * ({@code ${{ secrets.X }}}, {@code ${{ vars.Y }}}) is not literal: it is where a secret should come from.
 */
public final class EnvLiterals {
    private static final String EXPRESSION = "${{";

    private EnvLiterals() {}

    /** Workflow files, as the workflow source claims them. */
    public static boolean reads(java.nio.file.Path file) {
        return WorkflowFiles.isWorkflowFile(file);
    }

    /** The literal env entries of {@code text}; none when it is not YAML (the workflow source reports why). */
    public static List<NamedLiteral> read(String file, byte[] content) {
        LocatedTree tree;
        try {
            tree = LocatedTree.parseYaml(file, content);
        } catch (LocatedTreeException | RuntimeException e) {
            return List.of();
        }
        JsonNode root = tree.node();
        List<NamedLiteral> out = new ArrayList<>();
        if (root == null || !root.isObject()) return out;
        env(tree, root, LocatedTree.ROOT, "workflow env", out);
        JsonNode jobs = root.get("jobs");
        if (jobs == null || !jobs.isObject()) return out;
        for (Iterator<Map.Entry<String, JsonNode>> it = jobs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> job = it.next();
            String jobPath = LocatedTree.child(LocatedTree.child(LocatedTree.ROOT, "jobs"), job.getKey());
            String where = "job " + job.getKey();
            env(tree, job.getValue(), jobPath, where + " env", out);
            env(tree, job.getValue().get("container"), LocatedTree.child(jobPath, "container"), where + " container env", out);
            JsonNode services = job.getValue().get("services");
            if (services != null && services.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> s = services.fields(); s.hasNext(); ) {
                    Map.Entry<String, JsonNode> service = s.next();
                    env(tree, service.getValue(), LocatedTree.child(LocatedTree.child(jobPath, "services"), service.getKey()),
                            where + " service " + service.getKey() + " env", out);
                }
            }
            JsonNode steps = job.getValue().get("steps");
            if (steps == null || !steps.isArray()) continue;
            for (int i = 0; i < steps.size(); i++) {
                env(tree, steps.get(i), LocatedTree.item(LocatedTree.child(jobPath, "steps"), i), where + " step " + (i + 1) + " env", out);
            }
        }
        return out;
    }

    private static void env(LocatedTree tree, JsonNode holder, String holderPath, String where, List<NamedLiteral> out) {
        if (holder == null || !holder.isObject()) return;
        JsonNode env = holder.get("env");
        if (env == null || !env.isObject()) return;
        String envPath = LocatedTree.child(holderPath, "env");
        for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isValueNode() || v.isNull() || v.asText().contains(EXPRESSION)) continue;
            Position at = tree.position(LocatedTree.child(envPath, e.getKey()));
            out.add(new NamedLiteral(e.getKey(), v.asText(), at.line(), at.column(), at.line(), false, where + " " + e.getKey()));
        }
    }
}
