package dev.bulwark.engine;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.source.terraform.LoadOptions;
import dev.bulwark.source.terraform.TerraformLoader;
import dev.bulwark.source.workflow.WorkflowLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every source reader over the same scan paths, merged into the one model rules see. */
final class Sources {
    private Sources() {}

    static InfrastructureModel load(List<Path> paths, LoadOptions options) {
        InfrastructureModel terraform = TerraformLoader.load(paths, options);
        InfrastructureModel workflows = WorkflowLoader.load(paths, options::display);
        if (workflows.filesRead() == 0 && workflows.filesFailed() == 0 && workflows.diagnostics().isEmpty()) return terraform;
        List<Resource> resources = new ArrayList<>(terraform.resources());
        resources.addAll(workflows.resources());
        List<Diagnostic> diagnostics = new ArrayList<>(terraform.diagnostics());
        diagnostics.addAll(workflows.diagnostics());
        diagnostics.sort(null);
        return new InfrastructureModel(resources, diagnostics, terraform.filesRead() + workflows.filesRead(),
                terraform.filesFailed() + workflows.filesFailed());
    }
}
