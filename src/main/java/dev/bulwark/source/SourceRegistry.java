package dev.bulwark.source;

import dev.bulwark.source.committed.CommittedFilesSource;
import dev.bulwark.source.dockerfile.DockerfileSource;
import dev.bulwark.source.kubernetes.KubernetesSource;
import dev.bulwark.source.terraform.TerraformSource;
import dev.bulwark.source.workflow.WorkflowSource;

import java.util.List;

/** Every input format Bulwark reads. A new format is a package under {@code source/} and one line here. */
public final class SourceRegistry {
    private SourceRegistry() {}

    private static final List<Source> SOURCES = List.of(
            new TerraformSource(),
            new WorkflowSource(),
            new DockerfileSource(),
            new CommittedFilesSource(),
            new KubernetesSource());

    public static List<Source> all() {
        return SOURCES;
    }
}
