package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.hcl.HclParseException;
import dev.bulwark.source.hcl.HclParser;
import dev.bulwark.source.hcl.Pos;
import dev.bulwark.source.terraform.functions.FunctionContext;
import dev.bulwark.source.terraform.functions.FunctionException;
import dev.bulwark.source.terraform.functions.Glob;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * File functions ({@code file}, {@code fileset}, {@code templatefile} …), read-only. Relative paths
 * resolve against the root module's directory, where Terraform runs, as {@code path.module} does.
 */
final class ModuleFiles implements FunctionContext {
    private final ModuleInstance module;

    ModuleFiles(ModuleInstance module) {
        this.module = module;
    }

    private Path resolve(String path) {
        return module.context.rootDir.resolve(path).normalize();
    }

    @Override
    public String readFile(String path) throws FunctionException {
        return new String(readBytes(path), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] readBytes(String path) throws FunctionException {
        try {
            return java.nio.file.Files.readAllBytes(resolve(path));
        } catch (IOException e) {
            throw new FunctionException("cannot read file " + path + " (relative to " + module.context.loader.options().display(module.context.rootDir) + ")");
        }
    }

    @Override
    public boolean fileExists(String path) {
        return java.nio.file.Files.isRegularFile(resolve(path));
    }

    @Override
    public List<String> glob(String dir, String pattern) throws FunctionException {
        try {
            return Glob.fileset(resolve(dir), pattern);
        } catch (IOException e) {
            throw new FunctionException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    @Override
    public Value renderTemplate(String text, Value variables) throws FunctionException {
        Expr.Template template;
        try {
            template = HclParser.parseTemplate("template", text, Pos.START);
        } catch (HclParseException e) {
            throw new FunctionException("template is not valid: " + e.getMessage());
        }
        if (!(variables instanceof Value.Obj vars)) throw new FunctionException("template variables must be an object");
        Scope scope = new Scope(module, "template");
        for (Map.Entry<String, Value> e : vars.fields().entrySet()) scope = scope.with(e.getKey(), e.getValue());
        try {
            return new ExprEvaluator().eval(template, scope);
        } catch (EvalException e) {
            throw new FunctionException("template: " + e.getMessage());
        }
    }
}
