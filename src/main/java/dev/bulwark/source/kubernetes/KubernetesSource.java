package dev.bulwark.source.kubernetes;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.source.Source;
import dev.bulwark.source.SourceRequest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Kubernetes manifests: YAML (one or many documents), JSON, {@code List} kinds, and the output of
 * {@code helm template} and {@code kustomize build}. It claims every {@code .yaml}, {@code .yml} and
 * {@code .json} file that an earlier source did not (workflows stay workflows) and keeps, from each,
 * only the documents that are Kubernetes objects; other files are left silently.
 */
public final class KubernetesSource implements Source {
    public static final String FORMAT = "kubernetes";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean claims(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    @Override
    public InfrastructureModel load(SourceRequest request) {
        return ManifestLoader.load(request);
    }
}
