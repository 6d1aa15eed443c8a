package dev.bulwark.source.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.model.Value;
import dev.bulwark.source.located.LocatedTree;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One job in the normalised shape: id, permissions, needs, runs_on, uses, steps. */
final class JobShape {
    private static final List<String> STEP_TEXT = List.of("id", "name", "uses", "run");

    private JobShape() {}

    static Value.ListV jobs(JsonNode jobs, Locations at) {
        List<Value> out = new ArrayList<>();
        if (jobs == null || !jobs.isObject()) return new Value.ListV(out);
        String jobsPath = LocatedTree.child(LocatedTree.ROOT, "jobs");
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = jobs.fields(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(job(e.getKey(), e.getValue(), "jobs[" + i + "]", LocatedTree.child(jobsPath, e.getKey()), at));
        }
        return new Value.ListV(out);
    }

    private static Value job(String id, JsonNode job, String attr, String path, Locations at) {
        at.key(attr, path);
        Map<String, Value> f = new LinkedHashMap<>();
        f.put("id", Value.of(id));
        JsonNode body = job != null && job.isObject() ? job : null;
        if (body == null) {
            f.put("needs", Value.ListV.EMPTY);
            f.put("steps", Value.ListV.EMPTY);
            return new Value.Obj(f);
        }
        if (body.has("name")) f.put("name", Values.text(body.get("name")));
        if (body.has("permissions")) {
            f.put("permissions", Values.of(body.get("permissions")));
            at.key(attr + ".permissions", LocatedTree.child(path, "permissions"));
        }
        f.put("needs", needs(body.get("needs")));
        if (body.has("runs-on")) f.put("runs_on", Values.of(body.get("runs-on")));
        if (body.has("uses")) {
            f.put("uses", Values.text(body.get("uses")));
            at.key(attr + ".uses", LocatedTree.child(path, "uses"));
        }
        f.put("steps", steps(body.get("steps"), attr + ".steps", LocatedTree.child(path, "steps"), at));
        return new Value.Obj(f);
    }

    private static Value needs(JsonNode n) {
        if (Values.isBlank(n)) return Value.ListV.EMPTY;
        if (n.isArray()) return Values.of(n);
        return new Value.ListV(List.of(Values.text(n)));
    }

    private static Value steps(JsonNode steps, String attr, String path, Locations at) {
        List<Value> out = new ArrayList<>();
        if (steps == null || !steps.isArray()) return new Value.ListV(out);
        at.key(attr, path);
        for (int j = 0; j < steps.size(); j++) {
            JsonNode s = steps.get(j);
            String stepAttr = attr + "[" + j + "]";
            String stepPath = LocatedTree.item(path, j);
            at.value(stepAttr, stepPath);
            Map<String, Value> f = new LinkedHashMap<>();
            if (s != null && s.isObject()) {
                for (String k : STEP_TEXT) if (s.has(k)) f.put(k, Values.text(s.get(k)));
                if (s.has("uses")) at.key(stepAttr + ".uses", LocatedTree.child(stepPath, "uses"));
                if (s.path("with").isObject()) f.put("with", Values.of(s.get("with")));
            }
            out.add(new Value.Obj(f));
        }
        return new Value.ListV(out);
    }
}
