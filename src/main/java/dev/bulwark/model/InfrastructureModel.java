package dev.bulwark.model;

import java.util.List;

/** Everything loaded from the sources: resources, and the problems met while loading them. */
public record InfrastructureModel(List<Resource> resources, List<Diagnostic> diagnostics, int filesRead, int filesFailed) {
    public InfrastructureModel {
        resources = List.copyOf(resources);
        diagnostics = List.copyOf(diagnostics);
    }
}
