package dev.bulwark.source.terraform;

import dev.bulwark.model.ModuleCall;
import dev.bulwark.model.Resource;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.hcl.Expr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@code module} block in one module instance: resolves the child directory (local path, or the
 * {@code terraform init} manifest for remote sources), expands count/for_each, and evaluates each
 * child instance with the block's arguments as its variables.
 */
final class ModuleCallNode {
    private static final Set<String> META_ARGUMENTS = Set.of("source", "version", "count", "for_each", "providers", "depends_on");

    private final ModuleInstance parent;
    private final String name;
    private final Located<Block> decl;
    private final Cell cell;
    private final List<ModuleInstance> children = new ArrayList<>();
    private Expansion expansion;

    ModuleCallNode(ModuleInstance parent, String name, Located<Block> decl) {
        this.parent = parent;
        this.name = name;
        this.decl = decl;
        this.cell = new Cell(parent.addressOf("module." + name), this::evaluate);
    }

    Cell cell() {
        return cell;
    }

    /** One output of the child when it has a single instance, else null (read the whole value instead). */
    Cell.Evaluated output(String output, dev.bulwark.source.hcl.Range at, String file) {
        parent.read(cell, at, file);
        if (expansion == null || expansion.kind() != Expansion.Kind.SINGLE || children.size() != 1) return null;
        return children.get(0).output(output, at, file);
    }

    void collect(List<Resource> out) {
        parent.read(cell, decl.node().typeRange(), decl.file());
        for (ModuleInstance child : children) child.collect(out);
    }

    private Cell.Evaluated evaluate() {
        Block block = decl.node();
        Scope scope = new Scope(parent, decl.file());
        String childKey = parent.manifestKey.isEmpty() ? name : parent.manifestKey + "." + name;
        Attribute sourceAttr = block.body().attribute("source");
        String source = sourceAttr != null && sourceAttr.expr() instanceof Expr.Template t
                && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Part.Literal lit ? lit.text() : null;
        if (source == null) {
            parent.context.diagnostics.error(decl.file(), block.typeRange(), "module \"" + name + "\" needs a source given as a literal string");
            return unknown(UnknownReason.EVALUATION_ERROR, "module." + name + " has no usable source");
        }
        Path dir;
        if (RemoteModules.isLocalSource(source)) {
            dir = parent.config.dir.resolve(source).normalize();
        } else {
            dir = parent.context.remoteModules.dir(childKey);
            if (dir == null) {
                parent.context.diagnostics.warning(decl.file(), block.typeRange(), "module \"" + name + "\" comes from \"" + source
                        + "\", which is not available locally (no entry in " + RemoteModules.MANIFEST
                        + "; run terraform init to fetch it); its resources are not loaded and its outputs are unknown");
                return unknown(UnknownReason.REMOTE_MODULE, "module." + name + " (" + source + ")");
            }
        }
        Optional<ModuleConfig> child = parent.context.loader.module(dir);
        if (child.isEmpty()) {
            parent.context.diagnostics.error(decl.file(), sourceAttr.expr().range(), "module \"" + name + "\": no Terraform files in "
                    + parent.context.loader.options().display(dir));
            return unknown(UnknownReason.EVALUATION_ERROR, "module." + name + " not found");
        }
        reportUndeclaredInputs(block, child.get());
        // A call from the scanned code into a module kept outside it starts a chain that findings there are shown through.
        boolean entersExternal = parent.callChain.isEmpty() && ExternalModuleDirs.contains(dir, parent.context.rootDir);
        String module = entersExternal || !parent.callChain.isEmpty() ? describe(source, childKey) : null;
        expansion = Expansion.of(block.body(), scope, "module." + name);
        List<Value> values = new ArrayList<>();
        Set<String> refs = new LinkedHashSet<>();
        for (Expansion.Instance instance : expansion.instances()) {
            Scope bound = expansion.bind(scope, instance);
            String address = parent.addressOf("module." + name) + instance.suffix();
            List<ModuleCall> chain = module == null ? List.of() : extended(parent.callChain,
                    new ModuleCall(address, module, Diagnostics.location(decl.file(), block.range())));
            Map<String, Supplier<Cell.Evaluated>> inputs = new LinkedHashMap<>();
            for (Attribute a : block.body().attributes()) {
                if (META_ARGUMENTS.contains(a.name())) continue;
                if (entersExternal) {
                    String marker = parent.context.callInputs.marker(chain.get(0),
                            new ModuleCall.Argument(a.name(), Diagnostics.location(decl.file(), a.range())));
                    inputs.put(a.name(), () -> CallInputs.marked(Evaluation.of(a.expr(), bound), marker));
                } else {
                    inputs.put(a.name(), () -> Evaluation.of(a.expr(), bound));
                }
            }
            ModuleInstance childInstance = new ModuleInstance(parent.context, child.get(), address, childKey, inputs, chain);
            children.add(childInstance);
            Cell.Evaluated outputs = childInstance.allOutputs();
            values.add(outputs.value());
            refs.addAll(outputs.references());
        }
        return new Cell.Evaluated(expansion.aggregate(values), refs);
    }

    /**
     * The called module as its users know it: a local path inside a fetched module, with that module;
     * else the source and version terraform init installed; else the source as written.
     */
    private String describe(String source, String childKey) {
        if (RemoteModules.isLocalSource(source) && !parent.callChain.isEmpty()) {
            return source + " in " + parent.callChain.get(parent.callChain.size() - 1).module();
        }
        String installed = parent.context.remoteModules.installed(childKey);
        return installed != null ? installed : source;
    }

    private static List<ModuleCall> extended(List<ModuleCall> chain, ModuleCall call) {
        List<ModuleCall> out = new ArrayList<>(chain);
        out.add(call);
        return out;
    }

    private void reportUndeclaredInputs(Block block, ModuleConfig child) {
        for (Attribute a : block.body().attributes()) {
            if (!META_ARGUMENTS.contains(a.name()) && !child.variables.containsKey(a.name())) {
                parent.context.diagnostics.error(decl.file(), a.nameRange(), "module \"" + name + "\" has no variable named \""
                        + a.name() + "\"");
            }
        }
    }

    private static Cell.Evaluated unknown(UnknownReason reason, String detail) {
        return new Cell.Evaluated(Value.unknown(reason, detail), Set.of());
    }
}
