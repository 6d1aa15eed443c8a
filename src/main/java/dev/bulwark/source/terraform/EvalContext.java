package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.terraform.functions.Functions;
import dev.bulwark.source.terraform.modules.ModuleFetcher;
import dev.bulwark.source.terraform.functions.TfFunction;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * State shared by all module instances under one root module while it is evaluated (single-threaded):
 * the loader, diagnostics, which objects are resources, and what partly unknown JSON was encoded from.
 */
final class EvalContext {
    final ModuleLoader loader;
    final Diagnostics diagnostics;
    final Path rootDir;
    /** The root directory as shown to users, once for all its resources. */
    final String rootShown;
    final RemoteModules remoteModules;
    final ModuleFetcher moduleFetcher;
    /** Arguments of calls into modules kept outside the scanned code, followed into the resources they feed. */
    final CallInputs callInputs = new CallInputs();
    /** Resource (and nested block) objects: reading an attribute they lack yields a computed unknown. */
    private final Map<Value.Obj, ResourceOwner> resourceObjects = new IdentityHashMap<>();
    /** Unknown results of jsonencode() and the partly known value they encode, so policies stay readable. */
    private final Map<Value.Unknown, Value> jsonSources = new IdentityHashMap<>();
    /** Attribute paths by prefix and name: each resource keeps them, so they are shared. */
    private final Map<String, Map<String, String>> paths = new HashMap<>();
    /** The file of the expression evaluated last, to name it if evaluation fails unexpectedly. */
    String lastFile;
    /** Cells being computed, innermost last, to describe cycles. */
    final ComputingChain computing = new ComputingChain();

    EvalContext(ModuleLoader loader, Diagnostics diagnostics, Path rootDir, ModuleFetcher moduleFetcher) {
        this.loader = loader;
        this.moduleFetcher = moduleFetcher;
        this.diagnostics = diagnostics;
        this.rootDir = rootDir;
        this.rootShown = loader.options().display(rootDir);
        this.remoteModules = RemoteModules.read(rootDir, diagnostics, loader.options());
    }

    /** {@code prefix + name}, one String for all the resources that have that path. */
    String path(String prefix, String name) {
        Map<String, String> under = paths.computeIfAbsent(prefix, p -> new HashMap<>());
        String path = under.get(name);
        if (path == null) {
            path = (prefix + name).intern();
            under.put(name, path);
        }
        return path;
    }

    /** A nested block object or a resource body on its way: unwritten attributes are computed. */
    void registerResourceObject(Value.Obj o, String address) {
        resourceObjects.put(o, ResourceOwner.block(address));
    }

    void registerResourceObject(Value.Obj o, ResourceOwner owner) {
        resourceObjects.put(o, owner);
    }

    /** The resource {@code o} is the body or a nested block of, or null. */
    ResourceOwner resourceOwner(Value.Obj o) {
        return resourceObjects.get(o);
    }

    void rememberJsonSource(Value.Unknown encoded, Value source) {
        jsonSources.put(encoded, source);
    }

    Value jsonSource(Value.Unknown encoded) {
        return jsonSources.get(encoded);
    }

    TfFunction function(String name, ModuleInstance module) {
        return Functions.lookup(name, module.functionContext());
    }

    void unsupportedFunction(Expr.Call c, String file) {
        diagnostics.warning(file, c.range(), "function " + c.name() + "() is not evaluated by Bulwark; values that use it are unknown");
    }
}
