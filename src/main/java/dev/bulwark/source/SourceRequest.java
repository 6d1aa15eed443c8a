package dev.bulwark.source;

import dev.bulwark.source.tree.FileTree;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What one source loads: the scanned paths, the discovered files it claimed (sorted, absolute),
 * the whole walk (for sources that resolve links between directories), the options of every
 * source, and how paths are named to users.
 */
public record SourceRequest(List<Path> roots, List<Path> files, FileTree tree, SourceOptions options,
                            Function<Path, String> display) {
    public SourceRequest {
        roots = List.copyOf(roots);
        files = List.copyOf(files);
    }
}
