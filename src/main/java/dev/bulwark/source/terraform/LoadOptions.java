package dev.bulwark.source.terraform;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to load a Terraform tree: extra variable files and values (applied after the module's own
 * {@code terraform.tfvars} and {@code *.auto.tfvars}, files first then values, as on Terraform's
 * command line), the environment (for {@code TF_VAR_*}), and the working directory that relative
 * paths are shown against.
 */
public record LoadOptions(List<Path> varFiles, Map<String, String> vars, Map<String, String> environment, Path workingDir) {
    public LoadOptions {
        varFiles = List.copyOf(varFiles);
        vars = new LinkedHashMap<>(vars);
        environment = Map.copyOf(environment);
        workingDir = workingDir.toAbsolutePath().normalize();
    }

    public static LoadOptions defaults() {
        return new LoadOptions(List.of(), Map.of(), System.getenv(), Path.of(""));
    }

    /** A path as users should see it: relative to the working directory when inside it. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.startsWith(workingDir)) {
            String rel = workingDir.relativize(abs).toString().replace('\\', '/');
            return rel.isEmpty() ? "." : rel;
        }
        return abs.toString().replace('\\', '/');
    }
}
