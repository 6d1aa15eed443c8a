package dev.bulwark.source.workflow;

import dev.bulwark.source.tree.SymbolicLinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds GitHub Actions workflow files: {@code .github/workflows/*.yml|yaml} under each scanned directory. */
final class WorkflowFiles {
    private WorkflowFiles() {}

    static boolean isWorkflowName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /** A file given on the command line counts when it sits directly in a {@code .github/workflows} folder. */
    static boolean isWorkflowFile(Path file) {
        Path dir = file.getParent();
        Path github = dir == null ? null : dir.getParent();
        return isWorkflowName(file) && github != null && github.getFileName() != null
                && dir.getFileName().toString().equals("workflows") && github.getFileName().toString().equals(".github");
    }

    /** Sorted absolute paths, each once however many scan paths lead to it; broken links included. */
    static Set<Path> find(List<Path> paths) throws IOException {
        Set<Path> out = new TreeSet<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(abs)) {
                if (isWorkflowFile(abs)) out.add(abs);
                continue;
            }
            Path dir = abs.resolve(".github").resolve("workflows");
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                // Links are followed; a broken one is kept so that the loader names it.
                files.filter(f -> isWorkflowName(f) && (Files.isRegularFile(f) || SymbolicLinks.unfollowable(f) != null))
                        .forEach(out::add);
            }
        }
        return out;
    }
}
