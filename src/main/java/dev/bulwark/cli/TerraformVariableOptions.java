package dev.bulwark.cli;

import dev.bulwark.source.SourceOptions;
import dev.bulwark.source.terraform.LoadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --var-file}, {@code --var} and module downloads, shared by the commands that load Terraform. */
final class TerraformVariableOptions {
    @Option(names = "--var-file", paramLabel = "FILE", description = "A Terraform variables file for the root modules (repeatable).")
    List<Path> varFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A root module variable value (repeatable).")
    Map<String, String> vars = new LinkedHashMap<>();

    @Option(names = "--download-modules", description = "Download remote modules (registry, git::, HTTP archives) that terraform init "
            + "has not fetched, into .bulwark/modules of the first PATH (also: modules: download in .bulwark.yaml).")
    boolean downloadModules;

    @Option(names = "--allow-loopback-http", description = "With module downloads: allow plain HTTP to registries and archives on this "
            + "machine's loopback interface (a local test registry). Other hosts always need HTTPS.")
    boolean allowLoopbackHttp;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Every --var-file exists: a missing one would leave the variables it sets unknown while the scan looked clean. */
    void requireFiles() {
        InputFiles.requireFiles(command, "--var-file", varFiles);
    }

    /** True when an option only a Terraform load uses was given. */
    boolean any() {
        return !varFiles.isEmpty() || !vars.isEmpty() || downloadModules || allowLoopbackHttp;
    }

    /** With TF_VAR_ values from the environment, relative paths from the working directory. */
    /** The sources' options: Terraform's variable inputs and module downloads, paths shown relative to the working directory. */
    SourceOptions sourceOptions() {
        LoadOptions terraform = new LoadOptions(varFiles, vars, System.getenv(), Path.of(""),
                new LoadOptions.ModuleDownloads(downloadModules, allowLoopbackHttp));
        return terraform.asSourceOptions();
    }
}
