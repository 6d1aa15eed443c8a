package dev.bulwark.source.git;

import dev.bulwark.model.change.ChangeSettings;
import java.util.ArrayList;
import java.util.List;

/** Which repository paths count as infrastructure code: any path matching one of the globs. */
public final class InfrastructureFiles {
    /**
     * Terraform sources and variable files anywhere, and YAML or JSON templates where CloudFormation
     * and Kubernetes manifests conventionally live. Plain YAML elsewhere (CI files, app config) is
     * left out on purpose: it is not infrastructure and would drown the findings.
     */
    public static final List<String> DEFAULT_GLOBS = ChangeSettings.DEFAULT_INFRASTRUCTURE;

    private final List<PathGlob> globs;

    private InfrastructureFiles(List<PathGlob> globs) {
        this.globs = List.copyOf(globs);
    }

    /** @throws IllegalArgumentException naming the first glob that cannot be compiled */
    public static InfrastructureFiles of(List<String> globs) {
        List<PathGlob> compiled = new ArrayList<>();
        for (String g : globs) compiled.add(PathGlob.compile(g));
        return new InfrastructureFiles(compiled);
    }

    public static InfrastructureFiles defaults() {
        return of(DEFAULT_GLOBS);
    }

    public boolean matches(String path) {
        for (PathGlob g : globs) {
            if (g.matches(path)) return true;
        }
        return false;
    }

    public List<String> globs() {
        return globs.stream().map(PathGlob::toString).toList();
    }
}
