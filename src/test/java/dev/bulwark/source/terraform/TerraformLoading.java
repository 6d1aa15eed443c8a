package dev.bulwark.source.terraform;

import dev.bulwark.engine.Sources;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.source.tree.FileTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads Terraform the way a scan does: one walk of the roots, the Terraform source given the files it claims. */
public final class TerraformLoading {
    private TerraformLoading() {}

    public static InfrastructureModel load(List<Path> roots, LoadOptions options) {
        return Sources.load(roots, options.asSourceOptions(), List.of(new TerraformSource()));
    }

    /** As a scan, with the loader's parse-ahead and thread stack size chosen by the test. */
    static InfrastructureModel load(List<Path> roots, LoadOptions options, int parseAheadRoots, long stackBytes) {
        FileTree tree = FileTree.walk(roots, ModuleLoader::isConfigFile, options::display);
        InfrastructureModel m = TerraformLoader.load(roots, tree.files(), tree, options, parseAheadRoots, stackBytes);
        List<Diagnostic> diagnostics = new ArrayList<>(tree.diagnostics());
        diagnostics.addAll(m.diagnostics());
        diagnostics.sort(null);
        return new InfrastructureModel(m.resources(), diagnostics, m.filesRead(), m.filesFailed());
    }
}
