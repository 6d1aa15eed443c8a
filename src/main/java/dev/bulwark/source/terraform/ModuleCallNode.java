package dev.bulwark.source.terraform;

import dev.bulwark.model.ModuleCall;
import dev.bulwark.model.Resource;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.hcl.Range;
import dev.bulwark.source.terraform.modules.ModuleFetcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@code module} block in one module instance: resolves the child directory (a local path; for a
 * remote source the {@code terraform init} manifest, else Bulwark's module cache or a download),
 * expands count/for_each, and creates each child instance with the block's arguments as its
 * variables. As in Terraform's graph, expanding the call, each input and each output are separate
 * nodes: reading one output evaluates only what that output uses, so a resource may feed one input
 * and read another output of the same call.
 */
final class ModuleCallNode {
    private static final Set<String> META_ARGUMENTS = Set.of("source", "version", "count", "for_each", "providers", "depends_on");

    private final ModuleInstance parent;
    private final String name;
    private final Located<Block> decl;
    /** Resolves the source and count/for_each and creates the instances; its value is unknown when that failed. */
    private final Cell expand;
    /** Every output of every instance, as {@code module.name} reads. */
    private final Cell whole;
    private final List<ModuleInstance> children = new ArrayList<>();
    /** Children by address suffix ({@code [0]}, {@code ["a"]}, or empty for a single instance). */
    private final Map<String, ModuleInstance> bySuffix = new HashMap<>();
    private Expansion expansion;
    /** The version Bulwark's cache or download gave a remote module, to name it in findings. */
    private String fetchedVersion;

    ModuleCallNode(ModuleInstance parent, String name, Located<Block> decl) {
        this.parent = parent;
        this.name = name;
        this.decl = decl;
        String address = parent.addressOf("module." + name);
        this.expand = new Cell(address + " (expand)", this::expand);
        this.whole = new Cell(address, this::allOutputs);
    }

    Cell.Evaluated whole(Range at, String file) {
        return parent.read(whole, at, file);
    }

    /** One output; of the single instance, or unknown with the expansion when count/for_each is unknown. */
    Cell.Evaluated output(String output, Range at, String file) {
        Cell.Evaluated expanded = parent.read(expand, at, file);
        if (expanded.value() instanceof Value.Unknown) return expanded;
        if (expansion.unknown() != null) return unknownInstanceOutput(output, at, file);
        if (expansion.kind() != Expansion.Kind.SINGLE) {
            throw new EvalException(at, "module." + name + " has several instances; pick one, e.g. module." + name + "[0]." + output);
        }
        return children.get(0).output(output, at, file);
    }

    /** One output of the instance with this key; null when the key picks none. */
    Cell.Evaluated instanceOutput(Value key, String output, Range at, String file) {
        Cell.Evaluated expanded = parent.read(expand, at, file);
        if (expanded.value() instanceof Value.Unknown) return expanded;
        if (expansion.unknown() != null) return unknownInstanceOutput(output, at, file);
        if (!(key instanceof Value.Num || key instanceof Value.Str)) return null;
        ModuleInstance child = bySuffix.get("[" + ExprEvaluator.instanceKey(key, at) + "]");
        return child == null ? null : child.output(output, at, file);
    }

    /** With count/for_each unknown, the one instance evaluated stands for all: its output's origins, an unknown value. */
    private Cell.Evaluated unknownInstanceOutput(String output, Range at, String file) {
        Cell.Evaluated ev = children.isEmpty() ? null : children.get(0).output(output, at, file);
        return new Cell.Evaluated(expansion.unknown(), ev == null ? Set.of() : ev.references());
    }

    /** Evaluates every output (Terraform plans them all) and adds the children's resources. */
    void collect(List<Resource> out) {
        whole(decl.node().typeRange(), decl.file());
        for (ModuleInstance child : children) child.collect(out);
    }

    private Cell.Evaluated allOutputs() {
        Cell.Evaluated expanded = parent.read(expand, decl.node().typeRange(), decl.file());
        if (expanded.value() instanceof Value.Unknown) return expanded;
        List<Value> values = new ArrayList<>();
        Set<String> refs = new LinkedHashSet<>();
        for (ModuleInstance child : children) {
            Cell.Evaluated outputs = child.allOutputs();
            values.add(outputs.value());
            refs.addAll(outputs.references());
        }
        return new Cell.Evaluated(expansion.aggregate(values), refs);
    }

    private Cell.Evaluated expand() {
        Block block = decl.node();
        Scope scope = new Scope(parent, decl.file());
        String childKey = parent.manifestKey.isEmpty() ? name : parent.manifestKey + "." + name;
        Attribute sourceAttr = block.body().attribute("source");
        String source = literal(sourceAttr);
        if (source == null) {
            parent.context.diagnostics.error(decl.file(), block.typeRange(), "module \"" + name + "\" needs a source given as a literal string");
            return unknown(UnknownReason.EVALUATION_ERROR, "module." + name + " has no usable source");
        }
        Path dir;
        if (RemoteModules.isLocalSource(source)) {
            dir = parent.config.dir.resolve(source).normalize();
        } else {
            dir = parent.context.remoteModules.dir(childKey);
            if (dir == null) dir = fetched(block, source);
            if (dir == null) return unknown(UnknownReason.REMOTE_MODULE, "module." + name + " (" + source + ")");
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
        Expansion expanded = Expansion.of(block.body(), scope, "module." + name);
        for (Expansion.Instance instance : expanded.instances()) {
            Scope bound = expanded.bind(scope, instance);
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
            bySuffix.put(instance.suffix(), childInstance);
        }
        expansion = expanded;
        return new Cell.Evaluated(Value.NULL, expanded.references());
    }

    /**
     * The directory of a remote module that {@code terraform init} did not leave: from Bulwark's
     * cache, or downloaded when that is turned on. Null, with the reason reported, when not loaded.
     */
    private Path fetched(Block block, String source) {
        Attribute versionAttr = block.body().attribute("version");
        String version = literal(versionAttr);
        if (versionAttr != null && version == null) {
            parent.context.diagnostics.error(decl.file(), versionAttr.expr().range(), "module \"" + name
                    + "\": version must be a literal string such as \"~> 1.2\"");
            return null;
        }
        String what = "module \"" + name + "\" from \"" + source + "\"";
        String unloaded = "; its resources are not loaded and its outputs are unknown";
        ModuleFetcher.Outcome outcome = parent.context.moduleFetcher.find(source, version);
        if (outcome instanceof ModuleFetcher.Outcome.Loaded loaded) {
            fetchedVersion = loaded.version();
            for (String note : loaded.notes()) parent.context.diagnostics.warning(decl.file(), block.typeRange(), what + ": " + note);
            return loaded.dir();
        }
        if (outcome instanceof ModuleFetcher.Outcome.NotLoaded notLoaded) {
            parent.context.diagnostics.warning(decl.file(), block.typeRange(), what + " is not loaded: " + notLoaded.reason() + unloaded);
        } else if (outcome instanceof ModuleFetcher.Outcome.Failed failed) {
            parent.context.diagnostics.error(decl.file(), block.typeRange(), what + " could not be downloaded: " + failed.message() + unloaded);
        }
        return null;
    }

    /** The text of an attribute written as one non-empty literal string, else null. */
    static String literal(Attribute a) {
        String text = a != null && a.expr() instanceof Expr.Template t ? t.literalText() : null;
        return text == null || text.isEmpty() ? null : text;
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
        if (installed != null) return installed;
        return fetchedVersion == null || fetchedVersion.isEmpty() ? source : source + " " + fetchedVersion;
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
