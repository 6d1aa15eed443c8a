package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.hcl.HclParseException;
import dev.bulwark.source.hcl.HclParser;
import dev.bulwark.source.hcl.Pos;
import dev.bulwark.source.terraform.functions.FunctionContext;
import dev.bulwark.source.terraform.functions.FunctionException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** File functions ({@code file}, {@code fileset}, {@code templatefile} …) relative to one module's directory; read-only. */
final class ModuleFiles implements FunctionContext {
    private final ModuleInstance module;

    ModuleFiles(ModuleInstance module) {
        this.module = module;
    }

    private Path resolve(String path) {
        return module.config.dir.resolve(path).normalize();
    }

    @Override
    public String readFile(String path) throws FunctionException {
        return new String(readBytes(path), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] readBytes(String path) throws FunctionException {
        try {
            return Files.readAllBytes(resolve(path));
        } catch (IOException e) {
            throw new FunctionException("cannot read file " + path + " (relative to " + module.context.loader.options().display(module.config.dir) + ")");
        }
    }

    @Override
    public boolean fileExists(String path) {
        return Files.isRegularFile(resolve(path));
    }

    @Override
    public List<String> glob(String dir, String pattern) throws FunctionException {
        Path base = resolve(dir);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(base)) return out;
        try (Stream<Path> files = Files.walk(base)) {
            files.filter(Files::isRegularFile).map(base::relativize).filter(matcher::matches)
                    .forEach(p -> out.add(p.toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new FunctionException("cannot list " + dir + ": " + e.getMessage());
        }
        out.sort(null);
        return out;
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
            return new ExprEvaluator(new java.util.HashSet<>()).eval(template, scope);
        } catch (EvalException e) {
            throw new FunctionException("template: " + e.getMessage());
        }
    }
}
