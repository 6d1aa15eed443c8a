package dev.bulwark.source.terraform;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.hcl.Body;
import dev.bulwark.source.hcl.Expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a resource-like body into an object: attributes become fields, nested blocks become
 * lists of objects under their type (as in Terraform's JSON plan), {@code dynamic} blocks expand
 * into the blocks they generate. Records where each attribute path is written and which resources
 * each top-level field was derived from.
 */
final class BodyEvaluator {
    /** Blocks evaluated last, with {@code self} bound to the rest of the resource. */
    private static final Set<String> SELF_BLOCKS = Set.of("provisioner", "connection", "lifecycle");
    /** Lifecycle arguments that name attributes or resources; Terraform never evaluates them. */
    private static final Set<String> LIFECYCLE_REFERENCES = Set.of("ignore_changes", "replace_triggered_by");

    record Result(Value.Obj value, Map<String, SourceLocation> locations, Map<String, Set<String>> references) {}

    private final Scope scope;
    private final String owner;
    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
    private final Map<String, Set<String>> references = new LinkedHashMap<>();

    private BodyEvaluator(Scope scope, String owner) {
        this.scope = scope;
        this.owner = owner;
    }

    /**
     * @param skip  meta-arguments to leave out (count, for_each, provider, depends_on)
     * @param owner the resource address, for unknown-attribute messages
     */
    static Result evaluate(Body body, Scope scope, Set<String> skip, String owner) {
        BodyEvaluator e = new BodyEvaluator(scope, owner);
        Map<String, Value> fields = e.fields(body, scope, "", skip, true);
        Value.Obj withoutSelfBlocks = e.register(new Value.Obj(fields));
        boolean hasSelfBlocks = body.blocks().stream().anyMatch(b -> SELF_BLOCKS.contains(b.type()));
        if (hasSelfBlocks) {
            Scope withSelf = scope.with("self", withoutSelfBlocks);
            Map<String, List<Value>> blocks = new LinkedHashMap<>();
            Map<String, Value.Unknown> unknownBlocks = new LinkedHashMap<>();
            for (Block b : body.blocks()) {
                if (b.type().equals("lifecycle")) e.lifecycle(b, scope, withSelf, blocks);
                else if (SELF_BLOCKS.contains(b.type())) e.block(b, withSelf, "", blocks, unknownBlocks, true);
            }
            e.putBlocks(fields, blocks, unknownBlocks);
        }
        return new Result(hasSelfBlocks ? e.register(new Value.Obj(fields)) : withoutSelfBlocks, e.locations, e.references);
    }

    private Value.Obj register(Value.Obj o) {
        scope.module.context.registerResourceObject(o, owner);
        return o;
    }

    private Map<String, Value> fields(Body body, Scope s, String prefix, Set<String> skip, boolean topLevel) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (Attribute a : body.attributes()) {
            if (skip.contains(a.name())) continue;
            Cell.Evaluated ev = Evaluation.of(a.expr(), s);
            // An argument set to null is the same as one not written, as in Terraform.
            if (ev.value() instanceof Value.Null) continue;
            fields.put(a.name(), ev.value());
            locations.put(attributePath(prefix, a.name()), Diagnostics.location(s.file, a.range()));
            if (!ev.references().isEmpty()) {
                references.computeIfAbsent(topLevel ? a.name() : topField(prefix), k -> new LinkedHashSet<>()).addAll(ev.references());
            }
        }
        if (body.blocks().isEmpty()) return fields;
        Map<String, List<Value>> blocks = new LinkedHashMap<>();
        Map<String, Value.Unknown> unknownBlocks = new LinkedHashMap<>();
        for (Block b : body.blocks()) {
            if (topLevel && SELF_BLOCKS.contains(b.type())) continue;
            if (skip.contains(b.type())) continue;
            block(b, s, prefix, blocks, unknownBlocks, topLevel);
        }
        putBlocks(fields, blocks, unknownBlocks);
        return fields;
    }

    private void putBlocks(Map<String, Value> fields, Map<String, List<Value>> blocks, Map<String, Value.Unknown> unknownBlocks) {
        blocks.forEach((type, list) -> fields.put(type, new Value.ListV(list)));
        unknownBlocks.forEach(fields::put);
    }

    private void block(Block b, Scope s, String prefix, Map<String, List<Value>> blocks,
                       Map<String, Value.Unknown> unknownBlocks, boolean topLevel) {
        if (b.type().equals("dynamic")) {
            dynamic(b, s, prefix, blocks, unknownBlocks);
            return;
        }
        List<Value> list = blocks.computeIfAbsent(b.type(), k -> new ArrayList<>());
        String path = blockPath(prefix, b.type(), list.size());
        locations.put(path, Diagnostics.location(s.file, b.range()));
        list.add(register(new Value.Obj(fields(b.body(), s, path + ".", Set.of(), false))));
    }

    /**
     * A {@code lifecycle} block: {@code ignore_changes} and {@code replace_triggered_by} kept as the
     * references they are, conditions evaluated, and {@code self} (the resource) valid only in
     * {@code postcondition}, as in Terraform.
     */
    private void lifecycle(Block b, Scope s, Scope withSelf, Map<String, List<Value>> blocks) {
        List<Value> list = blocks.computeIfAbsent(b.type(), k -> new ArrayList<>());
        String path = blockPath("", b.type(), list.size());
        locations.put(path, Diagnostics.location(s.file, b.range()));
        String prefix = path + ".";
        Map<String, Value> fields = fields(b.body(), s, prefix, Set.of("postcondition", "ignore_changes", "replace_triggered_by"), false);
        for (Attribute a : b.body().attributes()) {
            if (!LIFECYCLE_REFERENCES.contains(a.name())) continue;
            fields.put(a.name(), a.name().equals("ignore_changes")
                    ? MetaReferences.ignoreChanges(a.expr(), s) : MetaReferences.replaceTriggeredBy(a.expr(), s));
            locations.put(attributePath(prefix, a.name()), Diagnostics.location(s.file, a.range()));
        }
        Map<String, List<Value>> postconditions = new LinkedHashMap<>();
        Map<String, Value.Unknown> unknown = new LinkedHashMap<>();
        for (Block nested : b.body().blocks("postcondition")) block(nested, withSelf, prefix, postconditions, unknown, false);
        putBlocks(fields, postconditions, unknown);
        list.add(register(new Value.Obj(fields)));
    }

    private void dynamic(Block b, Scope s, String prefix, Map<String, List<Value>> blocks,
                         Map<String, Value.Unknown> unknownBlocks) {
        if (b.labels().size() != 1) {
            s.module.context.diagnostics.error(s.file, b.typeRange(), "a dynamic block needs one label: the type of block to generate");
            return;
        }
        String type = b.labels().get(0);
        Attribute forEach = b.body().attribute("for_each");
        List<Block> content = b.body().blocks("content");
        if (forEach == null || content.size() != 1) {
            s.module.context.diagnostics.error(s.file, b.typeRange(), "dynamic \"" + type + "\" needs a for_each argument and one content block");
            return;
        }
        String iterator = iteratorName(b, type, s);
        Cell.Evaluated collection = Evaluation.of(forEach.expr(), s);
        addReferences(prefix.isEmpty() ? type : topField(prefix), collection.references());
        if (!collection.value().whollyKnown() && collection.value() instanceof Value.Unknown u) {
            unknownBlocks.put(type, u);
            return;
        }
        List<Map.Entry<Value, Value>> items;
        try {
            items = ExprEvaluator.iterate(collection.value(), forEach.expr().range());
        } catch (EvalException ex) {
            s.module.context.diagnostics.error(s.file, ex.range, ex.getMessage());
            return;
        }
        List<Value> list = blocks.computeIfAbsent(type, k -> new ArrayList<>());
        Block body = content.get(0);
        for (Map.Entry<Value, Value> item : items) {
            Map<String, Value> it = new LinkedHashMap<>();
            it.put("key", item.getKey());
            it.put("value", item.getValue());
            Scope inner = s.with(iterator, new Value.Obj(it), collection.references());
            String path = blockPath(prefix, type, list.size());
            locations.put(path, Diagnostics.location(s.file, b.range()));
            list.add(register(new Value.Obj(fields(body.body(), inner, path + ".", Set.of(), false))));
        }
    }

    private static String iteratorName(Block b, String type, Scope s) {
        Attribute it = b.body().attribute("iterator");
        if (it == null) return type;
        if (it.expr() instanceof Expr.Variable v) return v.name();
        s.module.context.diagnostics.error(s.file, it.expr().range(), "iterator must be a bare name, e.g. iterator = rule");
        return type;
    }

    private void addReferences(String field, Set<String> refs) {
        if (!refs.isEmpty()) references.computeIfAbsent(field, k -> new LinkedHashSet<>()).addAll(refs);
    }

    /** Paths repeat in every resource of a type and each keeps them: they are shared. */
    private String attributePath(String prefix, String name) {
        return prefix.isEmpty() ? name : scope.module.context.path(prefix, name);
    }

    private String blockPath(String prefix, String type, int index) {
        return scope.module.context.path(prefix, type + "[" + index + "]");
    }

    /** "rule[0].apply[0]." → "rule". */
    private static String topField(String prefix) {
        int end = prefix.indexOf('[');
        return end < 0 ? prefix.replace(".", "") : prefix.substring(0, end);
    }
}
