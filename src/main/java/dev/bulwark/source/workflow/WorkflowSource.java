package dev.bulwark.source.workflow;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.source.Source;
import dev.bulwark.source.SourceRequest;

import java.nio.file.Path;

/** GitHub Actions workflows: {@code .yml}/{@code .yaml} files directly in a {@code .github/workflows} folder. */
public final class WorkflowSource implements Source {
    public static final String FORMAT = "github-actions";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean claims(Path file) {
        return WorkflowFiles.isWorkflowFile(file);
    }

    @Override
    public InfrastructureModel load(SourceRequest request) {
        return WorkflowLoader.load(request.roots(), request.files(), request.display());
    }
}
