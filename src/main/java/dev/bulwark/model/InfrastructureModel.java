package dev.bulwark.model;

import java.util.List;

/**
 * Everything loaded from the sources: resources, the problems met while loading them, and where the
 * scanned files hold secrets (found by the scan's secrets pass; empty before it ran), so that nothing
 * that quotes the files shows them.
 */
public record InfrastructureModel(List<Resource> resources, List<Diagnostic> diagnostics, int filesRead, int filesFailed,
                                  List<SecretLocation> secrets) {
    public InfrastructureModel {
        resources = List.copyOf(resources);
        diagnostics = List.copyOf(diagnostics);
        secrets = List.copyOf(secrets);
    }

    /** A model with no secret located in it (yet). */
    public InfrastructureModel(List<Resource> resources, List<Diagnostic> diagnostics, int filesRead, int filesFailed) {
        this(resources, diagnostics, filesRead, filesFailed, List.of());
    }
}
