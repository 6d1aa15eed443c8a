package dev.bulwark.cli;

import dev.bulwark.source.terraform.LoadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --var-file} and {@code --var}, shared by the commands that load Terraform. */
final class TerraformVariableOptions {
    @Option(names = "--var-file", paramLabel = "FILE", description = "A Terraform variables file for the root modules (repeatable).")
    List<Path> varFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A root module variable value (repeatable).")
    Map<String, String> vars = new LinkedHashMap<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Every --var-file exists: a missing one would leave the variables it sets unknown while the scan looked clean. */
    void requireFiles() {
        InputFiles.requireFiles(command, "--var-file", varFiles);
    }

    /** With TF_VAR_ values from the environment, relative paths from the working directory. */
    LoadOptions loadOptions() {
        return new LoadOptions(varFiles, vars, System.getenv(), Path.of(""));
    }
}
