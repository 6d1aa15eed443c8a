package dev.bulwark.source.workflow;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.located.LocatedTreeException;
import dev.bulwark.source.tree.SymbolicLinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Loads the GitHub Actions workflows of the scanned directories; a broken file is reported and skipped. */
public final class WorkflowLoader {
    private WorkflowLoader() {}

    /** Loads the given workflow files (absolute paths, each once). */
    static InfrastructureModel load(List<Path> paths, Collection<Path> files, Function<Path, String> display) {
        List<Resource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int read = 0;
        int failed = 0;
        // A link that leads outside the scanned paths was already named by the walk that found the file.
        for (Path file : files) {
            String shown = display.apply(file);
            String broken = SymbolicLinks.unfollowable(file);
            if (broken != null) {
                diagnostics.add(Diagnostic.error(SourceLocation.ofFile(shown), broken));
                failed++;
                continue;
            }
            try {
                Optional<Resource> r = WorkflowReader.read(shown, uniqueName(file, names), display.apply(file.getParent().getParent().getParent()),
                        Files.readAllBytes(file));
                r.ifPresent(resources::add);
                read++;
            } catch (LocatedTreeException e) {
                diagnostics.add(Diagnostic.error(SourceLocation.at(shown, e.line(), e.column()), e.detail()));
                failed++;
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(SourceLocation.ofFile(shown), "cannot read: " + e.getMessage()));
                failed++;
            }
        }
        return new InfrastructureModel(resources, diagnostics, read, failed);
    }

    /** The file name without its extension, made unique with a number when two workflows share it. */
    static String uniqueName(Path file, Set<String> taken) {
        String fileName = file.getFileName().toString();
        String stem = fileName.substring(0, fileName.lastIndexOf('.')).replaceAll("[^A-Za-z0-9_-]", "_");
        String name = stem;
        for (int n = 2; !taken.add(name); n++) name = stem + "_" + n;
        return name;
    }
}
