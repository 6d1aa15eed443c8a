package dev.bulwark.source.terraform;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.tree.SymbolicLinks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the module directories under the scanned paths: every directory holding {@code .tf} or
 * {@code .tf.json} files, real or linked. Each directory is walked once, by its real path: the
 * plain tree first, then the directories that symbolic links lead to and the plain tree did not
 * reach. So a directory reachable both ways keeps its own path, a link back to an enclosing
 * directory is reported as a loop instead of being followed forever, and a link leading outside
 * the scanned paths is followed and reported.
 */
final class ModuleDirectories {
    private static final Set<String> SKIPPED_DIRS = Set.of(".terraform", ".git", "node_modules", ".terragrunt-cache");

    private record Link(Path path, Path real, Path parentReal) {}

    private final LoadOptions options;
    private final Diagnostics diagnostics;
    private final SymbolicLinks.Roots roots;
    private final Set<Path> moduleDirs = new TreeSet<>();
    /** Each walked directory's real path, and the path it was walked under. */
    private final Map<Path, Path> walked = new HashMap<>();
    private final Deque<Link> links = new ArrayDeque<>();

    private ModuleDirectories(List<Path> paths, LoadOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.roots = new SymbolicLinks.Roots(paths);
    }

    /** The module directories under {@code paths}, in path order; a file stands for its directory. */
    static ModuleDirectories find(List<Path> paths, LoadOptions options, Diagnostics diagnostics) {
        ModuleDirectories found = new ModuleDirectories(paths, options, diagnostics);
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            String broken = SymbolicLinks.unfollowable(abs);
            if (broken != null) {
                found.error(abs, broken);
            } else if (!Files.exists(abs)) {
                found.error(abs, "path does not exist");
            } else if (Files.isRegularFile(abs)) {
                found.moduleDirs.add(abs.getParent());
            } else {
                found.walk(abs);
            }
        }
        found.followLinks();
        return found;
    }

    List<Path> dirs() {
        return new ArrayList<>(moduleDirs);
    }

    /** The walked directory that is {@code dir} under another path (through links), else {@code dir}. */
    Path same(Path dir) {
        try {
            return walked.getOrDefault(dir.toRealPath(), dir);
        } catch (IOException e) {
            return dir;
        }
    }

    private void walk(Path top) {
        try {
            walk(top, top.toRealPath());
        } catch (IOException e) {
            error(top, "cannot scan directory: " + e.getMessage());
        }
    }

    private void followLinks() {
        while (!links.isEmpty()) {
            Link link = links.removeFirst();
            if (walked.containsKey(link.real())) {
                if (link.parentReal().startsWith(link.real())) {
                    warning(link.path(), SymbolicLinks.loop(link.path(), link.real()));
                }
                continue; // another path to a directory already loaded
            }
            if (!roots.contain(link.real())) warning(link.path(), SymbolicLinks.outside(link.path(), link.real()));
            walk(link.path(), link.real());
        }
    }

    /** Walks the plain directories under {@code top}; links to directories are queued for later. */
    private void walk(Path top, Path topReal) {
        Deque<Path[]> stack = new ArrayDeque<>();
        stack.push(new Path[] {top, topReal});
        while (!stack.isEmpty()) {
            Path[] next = stack.pop();
            Path dir = next[0];
            Path real = next[1];
            if (walked.putIfAbsent(real, dir) != null) continue;
            List<Path> entries = list(dir);
            // Pushed in reverse so that the walk goes through each directory in name order.
            List<Path[]> subdirs = new ArrayList<>();
            for (Path entry : entries) {
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    error(entry, "cannot read: " + e.getMessage());
                    continue;
                }
                String name = entry.getFileName().toString();
                if (attrs.isSymbolicLink()) {
                    linked(entry, dir, real);
                } else if (attrs.isDirectory()) {
                    if (!skipped(name)) subdirs.add(new Path[] {entry, real.resolve(name)});
                } else if (attrs.isRegularFile() && ModuleLoader.isConfigFile(entry)) {
                    moduleDirs.add(dir);
                }
            }
            for (int i = subdirs.size() - 1; i >= 0; i--) stack.push(subdirs.get(i));
        }
    }

    private void linked(Path entry, Path dir, Path dirReal) {
        String broken = SymbolicLinks.unfollowable(entry);
        if (broken != null) {
            // A broken configuration file makes its directory a module; the module reports it as unreadable.
            if (ModuleLoader.isConfigFile(entry)) moduleDirs.add(dir);
            else warning(entry, broken);
            return;
        }
        Path real;
        try {
            real = entry.toRealPath();
        } catch (IOException e) {
            error(entry, "cannot follow symbolic link: " + e.getMessage());
            return;
        }
        if (Files.isDirectory(real)) {
            if (!skipped(entry.getFileName().toString())) links.addLast(new Link(entry, real, dirReal));
        } else if (ModuleLoader.isConfigFile(entry)) {
            moduleDirs.add(dir);
            if (!roots.contain(real)) warning(entry, SymbolicLinks.outside(entry, real));
        }
    }

    private static boolean skipped(String name) {
        return SKIPPED_DIRS.contains(name) || name.startsWith(".");
    }

    private List<Path> list(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) out.add(p);
        } catch (IOException e) {
            error(dir, "cannot list directory: " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    private void error(Path p, String message) {
        diagnostics.add(Diagnostic.error(SourceLocation.ofFile(options.display(p)), message));
    }

    private void warning(Path p, String message) {
        diagnostics.add(Diagnostic.warning(SourceLocation.ofFile(options.display(p)), message));
    }
}
