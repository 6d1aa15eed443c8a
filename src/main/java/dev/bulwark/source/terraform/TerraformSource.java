package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.source.Source;
import dev.bulwark.source.SourceRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Terraform configurations ({@code .tf}, {@code .tf.json}): every directory holding them is a module. */
public final class TerraformSource implements Source {
    public static final String FORMAT = "terraform";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean claims(Path file) {
        return ModuleLoader.isConfigFile(file);
    }

    @Override
    public InfrastructureModel load(SourceRequest request) {
        LoadOptions options = request.options().get(LoadOptions.class)
                .orElseGet(() -> new LoadOptions(List.of(), Map.of(), System.getenv(), request.options().workingDir()));
        return TerraformLoader.load(request.roots(), request.files(), request.tree(), options);
    }
}
