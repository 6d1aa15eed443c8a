package dev.bulwark.source.terraform;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds a Terraform tree in a temporary directory and loads it; for evaluator tests. */
final class TerraformTree {
    final Path root;

    TerraformTree(Path root) {
        this.root = root;
    }

    TerraformTree file(String relative, String content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InfrastructureModel load() {
        return load(new LoadOptions(List.of(), Map.of(), Map.of(), root));
    }

    InfrastructureModel load(LoadOptions options) {
        return TerraformLoading.load(List.of(root), options);
    }

    LoadOptions options(List<Path> varFiles, Map<String, String> vars, Map<String, String> env) {
        return new LoadOptions(varFiles, vars, env, root);
    }

    static Resource resource(InfrastructureModel model, String address) {
        return model.resources().stream().filter(r -> r.address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + address + " in " + model.resources().stream().map(Resource::address).toList()
                        + "; diagnostics: " + model.diagnostics()));
    }

    static List<Diagnostic> errors(InfrastructureModel model) {
        return model.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }
}
