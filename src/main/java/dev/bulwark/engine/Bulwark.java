package dev.bulwark.engine;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.source.terraform.LoadOptions;
import dev.bulwark.source.terraform.TerraformLoader;

import java.nio.file.Path;
import java.util.List;

/** The pipeline's entry point for front ends (CLI, later a server): load sources into the model. */
public final class Bulwark {
    private Bulwark() {}

    /** Loads every supported source under {@code paths} into one model. */
    public static InfrastructureModel load(List<Path> paths, LoadOptions options) {
        return TerraformLoader.load(paths, options);
    }
}
