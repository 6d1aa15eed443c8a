package dev.bulwark.source.terraform;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.hcl.ConfigFile;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.hcl.HclParseException;
import dev.bulwark.source.hcl.HclParser;
import dev.bulwark.source.tree.SymbolicLinks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The values of a root module's variables, in Terraform's order of precedence (later wins):
 * {@code TF_VAR_*} environment variables, {@code terraform.tfvars}, {@code terraform.tfvars.json},
 * {@code *.auto.tfvars(.json)} in name order, then {@code --var-file} files, then {@code --var} values.
 */
final class RootVariables {
    private final ModuleConfig module;
    private final ModuleLoader loader;
    private final Diagnostics diagnostics;
    private final Map<String, Cell.Evaluated> values = new LinkedHashMap<>();
    /** Where variable values are evaluated: they are constants, so nothing of the module is visible. */
    private final ModuleInstance constants;

    private RootVariables(ModuleConfig module, ModuleLoader loader, Diagnostics diagnostics, EvalContext context) {
        this.module = module;
        this.loader = loader;
        this.diagnostics = diagnostics;
        this.constants = new ModuleInstance(context, ModuleConfig.empty(module.dir), "", "", Map.of());
    }

    static Map<String, Supplier<Cell.Evaluated>> resolve(ModuleConfig module, ModuleLoader loader, Diagnostics diagnostics,
                                                         EvalContext context) {
        RootVariables r = new RootVariables(module, loader, diagnostics, context);
        LoadOptions options = loader.options();
        options.environment().forEach((k, v) -> {
            if (k.startsWith("TF_VAR_")) r.fromString(k.substring("TF_VAR_".length()), v, "environment variable " + k, false);
        });
        for (Path f : r.autoFiles()) r.fromFile(f);
        for (Path f : options.varFiles()) r.fromFile(f.toAbsolutePath().normalize());
        options.vars().forEach((k, v) -> r.fromString(k, v, "--var " + k, true));
        Map<String, Supplier<Cell.Evaluated>> inputs = new LinkedHashMap<>();
        r.values.forEach((k, v) -> inputs.put(k, () -> v));
        for (Map.Entry<String, Located<Block>> e : module.variables.entrySet()) {
            if (!inputs.containsKey(e.getKey()) && e.getValue().node().body().attribute("default") == null) {
                diagnostics.info(e.getValue().file(), e.getValue().node().typeRange(), "variable \"" + e.getKey()
                        + "\" has no value (no default, tfvars, --var or TF_VAR_" + e.getKey() + "); what depends on it is unknown");
            }
        }
        return inputs;
    }

    private List<Path> autoFiles() {
        List<Path> out = new ArrayList<>();
        for (String name : List.of("terraform.tfvars", "terraform.tfvars.json")) {
            Path p = module.dir.resolve(name);
            if (Files.isRegularFile(p)) out.add(p);
            else brokenLink(p);
        }
        List<Path> auto = new ArrayList<>();
        // Filtered by name here rather than by a glob, which would compile a pattern for every root module.
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(module.dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if ((n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")) && !brokenLink(p)) auto.add(p);
            }
        } catch (IOException e) {
            // the directory was listed moments ago; an error here leaves auto files out, reported by the parse step
        }
        auto.sort(null);
        out.addAll(auto);
        return out;
    }

    /** Reports a variables file that is a symbolic link Terraform could not follow either; true if it is one. */
    private boolean brokenLink(Path p) {
        String broken = SymbolicLinks.unfollowable(p);
        if (broken != null) diagnostics.add(Diagnostic.error(SourceLocation.ofFile(loader.options().display(p)), broken));
        return broken != null;
    }

    private void fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error(SourceLocation.ofFile(loader.options().display(file)), "variables file not found"));
            return;
        }
        Optional<ConfigFile> parsed = loader.parse(file);
        if (parsed.isEmpty()) return;
        ConfigFile f = parsed.get();
        for (Block b : f.body().blocks()) {
            diagnostics.error(f.path(), b.typeRange(), "a variables file can only assign values (name = value), found a \"" + b.type() + "\" block");
        }
        for (Attribute a : f.body().attributes()) {
            if (!module.variables.containsKey(a.name())) {
                diagnostics.warning(f.path(), a.nameRange(), "a value is given for \"" + a.name() + "\", but the module at "
                        + loader.options().display(module.dir) + " declares no such variable");
                continue;
            }
            values.put(a.name(), constant(a.expr(), f.path()));
        }
    }

    private void fromString(String name, String raw, String origin, boolean warnUndeclared) {
        Located<Block> decl = module.variables.get(name);
        if (decl == null) {
            if (warnUndeclared) {
                diagnostics.add(Diagnostic.warning(SourceLocation.ofFile(loader.options().display(module.dir)),
                        origin + " sets \"" + name + "\", but the module declares no such variable"));
            }
            return;
        }
        if (VariableTypes.takesRawString(decl.node().body().attribute("type"))) {
            values.put(name, new Cell.Evaluated(Value.of(raw), Set.of()));
            return;
        }
        try {
            values.put(name, constant(HclParser.parseExpression(origin, raw), origin));
        } catch (HclParseException e) {
            diagnostics.add(Diagnostic.error(SourceLocation.ofFile(origin), "the value of " + name + " is not a valid expression: " + e.detail()));
        }
    }

    private Cell.Evaluated constant(Expr e, String file) {
        Value v;
        try {
            v = new ExprEvaluator().eval(e, new Scope(constants, file));
        } catch (EvalException ex) {
            diagnostics.error(file, ex.range, "variable values must be constants: " + ex.getMessage());
            v = Value.unknown(UnknownReason.EVALUATION_ERROR, ex.getMessage());
        }
        return new Cell.Evaluated(v, Set.of());
    }
}
