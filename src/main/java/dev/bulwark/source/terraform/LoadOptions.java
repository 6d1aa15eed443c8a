package dev.bulwark.source.terraform;

import dev.bulwark.source.Downloads;
import dev.bulwark.source.SourceOptions;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to load a Terraform tree: extra variable files and values (applied after the module's own
 * {@code terraform.tfvars} and {@code *.auto.tfvars}, files first then values, as on Terraform's
 * command line), the environment (for {@code TF_VAR_*}), the working directory that relative
 * paths are shown against, and whether remote modules may be downloaded.
 */
public record LoadOptions(List<Path> varFiles, Map<String, String> vars, Map<String, String> environment, Path workingDir,
                          ModuleDownloads moduleDownloads) implements Downloads<LoadOptions> {
    public LoadOptions {
        varFiles = List.copyOf(varFiles);
        vars = new LinkedHashMap<>(vars);
        environment = Map.copyOf(environment);
        workingDir = workingDir.toAbsolutePath().normalize();
        if (moduleDownloads == null) moduleDownloads = ModuleDownloads.OFF;
    }

    /** Remote modules are read from {@code .terraform/modules} and the cache only, never downloaded. */
    public LoadOptions(List<Path> varFiles, Map<String, String> vars, Map<String, String> environment, Path workingDir) {
        this(varFiles, vars, environment, workingDir, ModuleDownloads.OFF);
    }

    /**
     * Whether remote modules not found locally are downloaded ({@code terraform init}'s job), and
     * whether plain HTTP may be used to the loopback interface (a local test registry; never elsewhere).
     */
    public record ModuleDownloads(boolean enabled, boolean loopbackHttp) {
        public static final ModuleDownloads OFF = new ModuleDownloads(false, false);
    }

    /** The same options with downloads turned on (keeping the loopback choice). */
    public LoadOptions downloadingModules() {
        return new LoadOptions(varFiles, vars, environment, workingDir, new ModuleDownloads(true, moduleDownloads.loopbackHttp()));
    }

    @Override
    public boolean downloads() {
        return moduleDownloads.enabled();
    }

    @Override
    public LoadOptions downloading() {
        return downloads() ? this : downloadingModules();
    }

    /** The options of every source with these as Terraform's, paths shown relative to the same working directory. */
    public SourceOptions asSourceOptions() {
        return SourceOptions.of(workingDir).with(this);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(List.of(), Map.of(), System.getenv(), Path.of(""));
    }

    /** A path as users should see it: relative to the working directory when inside it. */
    public String display(Path p) {
        return SourceOptions.display(workingDir, p);
    }
}
