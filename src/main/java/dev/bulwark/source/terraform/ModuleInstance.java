package dev.bulwark.source.terraform;

import dev.bulwark.model.ModuleCall;
import dev.bulwark.model.Resource;
import dev.bulwark.model.TerraformDetails;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.hcl.Range;
import dev.bulwark.source.terraform.functions.FunctionContext;
import dev.bulwark.source.terraform.types.TypeConstraint;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One instance of a module (the root, or a child at an address such as {@code module.net["a"]}):
 * its variables, locals, outputs, resources and module calls as lazily computed cells.
 */
final class ModuleInstance {
    final EvalContext context;
    final ModuleConfig config;
    /** Address prefix of everything in this instance; empty for the root module. */
    final String address;
    /** Dotted module-call names from the root, as keys of the terraform init manifest. */
    final String manifestKey;
    /** For an instance of a module kept outside the scanned code, the calls that reach it from that code; else empty. */
    final List<ModuleCall> callChain;
    private final Map<String, Supplier<Cell.Evaluated>> inputs;
    private final Map<String, Cell> variables = new LinkedHashMap<>();
    private final Map<String, Cell> locals = new LinkedHashMap<>();
    private final Map<String, Cell> outputs = new LinkedHashMap<>();
    private final Map<String, ResourceNode> resources = new LinkedHashMap<>();
    private final Map<String, ModuleCallNode> calls = new LinkedHashMap<>();
    private final Set<String> resourceTypes = new HashSet<>();
    private FunctionContext functionContext;

    ModuleInstance(EvalContext context, ModuleConfig config, String address, String manifestKey,
                   Map<String, Supplier<Cell.Evaluated>> inputs) {
        this(context, config, address, manifestKey, inputs, List.of());
    }

    ModuleInstance(EvalContext context, ModuleConfig config, String address, String manifestKey,
                   Map<String, Supplier<Cell.Evaluated>> inputs, List<ModuleCall> callChain) {
        this.context = context;
        this.callChain = List.copyOf(callChain);
        this.config = config;
        this.address = address;
        this.manifestKey = manifestKey;
        this.inputs = inputs;
        config.variables.forEach((name, decl) -> variables.put(name, new Cell(addressOf("var." + name), () -> sensitiveIfDeclared(decl, variableValue(name, decl)))));
        config.locals.forEach((name, decl) -> locals.put(name, new Cell(addressOf("local." + name),
                () -> Evaluation.of(decl.node().expr(), new Scope(this, decl.file())))));
        config.outputs.forEach((name, decl) -> outputs.put(name, new Cell(addressOf("output." + name), () -> sensitiveIfDeclared(decl, outputValue(decl)))));
        config.resources.forEach((key, decl) -> {
            resources.put(key, new ResourceNode(this, key, decl));
            if (!key.startsWith("data.")) resourceTypes.add(key.substring(0, key.indexOf('.')));
        });
        config.moduleCalls.forEach((name, decl) -> calls.put(name, new ModuleCallNode(this, name, decl)));
    }

    String addressOf(String key) {
        return address.isEmpty() ? key : address + "." + key;
    }

    boolean isResourceType(String name) {
        return resourceTypes.contains(name);
    }

    // ---- lookups used by expressions ----

    Cell.Evaluated variable(String name, Range at, String file) {
        Cell c = variables.get(name);
        if (c == null) throw new EvalException(at, "no variable \"" + name + "\" is declared in this module; add a variable block for it");
        return read(c, at, file);
    }

    Cell.Evaluated local(String name, Range at, String file) {
        Cell c = locals.get(name);
        if (c == null) throw new EvalException(at, "no local value \"" + name + "\" is defined in this module");
        return read(c, at, file);
    }

    /** {@code module.name}: every output of every instance. */
    Cell.Evaluated moduleCall(String name, Range at, String file) {
        return call(name, at).whole(at, file);
    }

    /** {@code module.name.output}: that output only, as Terraform's graph has a node per output. */
    Cell.Evaluated moduleOutput(String name, String output, Range at, String file) {
        return call(name, at).output(output, at, file);
    }

    /** {@code module.name[key].output}; null when the key picks no instance (the whole value then says why). */
    Cell.Evaluated moduleInstanceOutput(String name, Value key, String output, Range at, String file) {
        return call(name, at).instanceOutput(key, output, at, file);
    }

    private ModuleCallNode call(String name, Range at) {
        ModuleCallNode call = calls.get(name);
        if (call == null) throw new EvalException(at, "no module call \"" + name + "\" in this module");
        return call;
    }

    Cell.Evaluated resource(String key, Range at, String file) {
        ResourceNode r = resources.get(key);
        if (r == null) {
            throw new EvalException(at, "no " + (key.startsWith("data.") ? "data source" : "resource") + " \"" + key + "\" is declared in this module");
        }
        return read(r.cell(), at, file);
    }

    Cell.Evaluated output(String name, Range at, String file) {
        Cell c = outputs.get(name);
        if (c == null) throw new EvalException(at, "the module at " + address + " has no output \"" + name + "\"");
        return read(c, at, file);
    }

    /** All outputs as one object, with the resources they were derived from. */
    Cell.Evaluated allOutputs() {
        Map<String, Value> fields = new LinkedHashMap<>();
        Set<String> refs = new LinkedHashSet<>();
        for (Map.Entry<String, Cell> e : outputs.entrySet()) {
            Located<Block> decl = config.outputs.get(e.getKey());
            Cell.Evaluated ev = read(e.getValue(), decl.node().typeRange(), decl.file());
            fields.put(e.getKey(), ev.value());
            refs.addAll(ev.references());
        }
        return new Cell.Evaluated(new Value.Obj(fields), refs);
    }

    /** Reads a cell; a cycle is reported where it closes, with its chain, and yields an unknown value. */
    Cell.Evaluated read(Cell c, Range at, String file) {
        context.computing.push(c, file, at);
        try {
            Cell.Evaluated ev = c.get();
            if (ev != null) return ev;
        } finally {
            context.computing.pop();
        }
        context.diagnostics.error(file, at, c.name() + " depends on itself: " + context.computing.cycle(c, file, at));
        return Cell.cycle(c.name());
    }

    /** As Terraform run in the root module's directory sees them: module and root relative to it, cwd absolute. */
    Value pathObject() {
        String module = context.rootDir.relativize(config.dir).toString().replace('\\', '/');
        return new Value.Obj(Map.of("module", Value.of(module.isEmpty() ? "." : module), "root", Value.of("."),
                "cwd", Value.of(context.rootDir.toString().replace('\\', '/'))));
    }

    FunctionContext functionContext() {
        if (functionContext == null) functionContext = new ModuleFiles(this);
        return functionContext;
    }

    /**
     * The root module's state backend as a pseudo-resource of type {@code terraform_backend}, so rules
     * can check where state lives (encrypted, locked) like any other resource.
     */
    private Resource backendResource(Located<Block> decl) {
        Block b = decl.node();
        String kind = b.labels().isEmpty() ? "unnamed" : b.labels().get(0);
        String addr = "terraform.backend." + kind;
        BodyEvaluator.Result r = BodyEvaluator.evaluate(b.body(), new Scope(this, decl.file()), Set.of(), addr);
        Map<String, Set<String>> refs = new LinkedHashMap<>(r.references());
        Set<String> sensitive = SensitiveValues.takeFrom(refs);
        return new Resource(TerraformSource.FORMAT, addr, "terraform_backend", kind, context.rootShown,
                Diagnostics.location(decl.file(), b.range()), r.value(), r.locations(), refs, sensitive, TerraformDetails.ROOT_MANAGED);
    }

    // ---- computing cells ----

    private Cell.Evaluated variableValue(String name, Located<Block> decl) {
        Supplier<Cell.Evaluated> input = inputs.get(name);
        Scope scope = new Scope(this, decl.file());
        TypeConstraint type = VariableTypes.declared(decl, e -> Evaluation.of(e, scope).value(), context.diagnostics);
        Attribute dflt = defaultOf(decl);
        if (input != null) {
            Cell.Evaluated given = input.get();
            // A null input stands for the default only where the variable says it cannot be null.
            if (!(given.value() instanceof Value.Null) || nullable(decl, scope) || dflt == null) {
                return new Cell.Evaluated(convert(given.value(), type, decl), given.references());
            }
        }
        if (dflt != null) {
            Cell.Evaluated ev = Evaluation.of(dflt.expr(), scope);
            return new Cell.Evaluated(convert(ev.value(), type, decl), ev.references());
        }
        return new Cell.Evaluated(Value.unknown(UnknownReason.UNSET_VARIABLE, addressOf("var." + name)), Set.of());
    }

    private Cell.Evaluated sensitiveIfDeclared(Located<Block> decl, Cell.Evaluated ev) {
        return SensitiveValues.declared(decl, new Scope(this, decl.file())) ? SensitiveValues.marked(ev) : ev;
    }

    private Value convert(Value v, TypeConstraint type, Located<Block> decl) {
        return VariableTypes.convert(v, type, decl, address, context.diagnostics);
    }

    /** {@code nullable} defaults to true; only a literal false makes a null input take the default. */
    private static boolean nullable(Located<Block> decl, Scope scope) {
        Attribute a = decl.node().body().attribute("nullable");
        return a == null || !(Evaluation.of(a.expr(), scope).value() instanceof Value.Bool b) || b.value();
    }

    /**
     * Evaluates each variable's {@code validation} blocks; a condition that is false is an error
     * carrying the block's {@code error_message}, one that is unknown is left undecided.
     */
    private void validateVariables() {
        for (Map.Entry<String, Located<Block>> e : config.variables.entrySet()) {
            Located<Block> decl = e.getValue();
            for (Block validation : decl.node().body().blocks()) {
                if (!validation.type().equals("validation")) continue;
                Attribute condition = validation.body().attribute("condition");
                if (condition == null) continue;
                Scope scope = new Scope(this, decl.file());
                if (!(Evaluation.of(condition.expr(), scope).value() instanceof Value.Bool b) || b.value()) continue;
                context.diagnostics.error(decl.file(), condition.range(), "invalid value for variable \"" + e.getKey() + "\""
                        + (address.isEmpty() ? "" : " of " + address) + ": " + errorMessage(validation, scope));
            }
        }
    }

    private String errorMessage(Block validation, Scope scope) {
        Attribute message = validation.body().attribute("error_message");
        if (message == null) return "the validation condition is false";
        Value v = Evaluation.of(message.expr(), scope).value();
        return v instanceof Value.Str s ? s.value() : "the validation condition is false";
    }

    private static Attribute defaultOf(Located<Block> decl) {
        return decl.node().body().attribute("default");
    }

    private Cell.Evaluated outputValue(Located<Block> decl) {
        Attribute value = decl.node().body().attribute("value");
        if (value == null) {
            context.diagnostics.error(decl.file(), decl.node().typeRange(), "output \"" + decl.node().labels().get(0) + "\" has no value argument");
            return new Cell.Evaluated(Value.NULL, Set.of());
        }
        return Evaluation.of(value.expr(), new Scope(this, decl.file()));
    }

    /** Adds every resource instance of this module and its children to {@code out}. */
    void collect(List<Resource> out) {
        evaluateOrReport("variable validation", null, this::validateVariables);
        if (address.isEmpty() && config.backend != null) {
            evaluateOrReport("the state backend", config.backend, () -> out.add(backendResource(config.backend)));
        }
        for (Map.Entry<String, ResourceNode> r : resources.entrySet()) {
            evaluateOrReport(addressOf(r.getKey()), config.resources.get(r.getKey()), () -> out.addAll(r.getValue().instances()));
        }
        for (Map.Entry<String, ModuleCallNode> call : calls.entrySet()) {
            evaluateOrReport(addressOf("module." + call.getKey()), config.moduleCalls.get(call.getKey()), () -> call.getValue().collect(out));
        }
    }

    /**
     * Runs one part of {@link #collect}; when its values depend on each other in a chain too long to
     * evaluate, says so where the chain ends and leaves that part out, so the rest of the module loads.
     */
    private void evaluateOrReport(String what, Located<Block> decl, Runnable collectPart) {
        try {
            collectPart.run();
        } catch (EvaluationTooDeep e) {
            context.computing.clear();
            context.diagnostics.error(e.file, e.range, "values depend on each other in a chain too long to evaluate (about "
                    + TerraformLoader.SUPPORTED_CHAIN + " links are supported); " + what
                    + (decl == null ? "" : ", declared at " + decl.file() + ":" + decl.node().range().startLine()) + ", which uses it, is left out");
        }
    }
}
