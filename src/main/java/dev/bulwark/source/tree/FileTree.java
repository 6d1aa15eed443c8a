package dev.bulwark.source.tree;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The files under the scanned paths that some source wants, found in one walk for every source.
 * Each directory is walked once, by its real path: the plain tree first, then the directories that
 * symbolic links lead to and the plain tree did not reach. So a directory reachable both ways keeps
 * its own path, a link back to an enclosing directory is reported as a loop instead of being
 * followed forever, and a link leading outside the scanned paths is followed and reported. Tool
 * caches and dependency folders ({@code .terraform}, {@code .git}, {@code node_modules}) and other
 * hidden directories are skipped, except {@code .github}, which holds workflows. A wanted file over
 * {@link #MAX_FILE_BYTES} is reported and left out.
 */
public final class FileTree {
    /** Larger files are generated or data, not configuration; reading them would only cost memory. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    private static final Set<String> SKIPPED_DIRS = Set.of(".terraform", ".git", "node_modules", ".terragrunt-cache");
    private static final Set<String> READ_HIDDEN_DIRS = Set.of(".github");

    private record Link(Path path, Path real, Path parentReal) {}

    private final Predicate<Path> wanted;
    private final boolean listOthers;
    private final Function<Path, String> display;
    private final long maxFileBytes;
    private final SymbolicLinks.Roots roots;
    private final Set<Path> files = new TreeSet<>();
    private final Set<Path> others = new TreeSet<>();
    private final Set<Path> given = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Each walked directory's real path, and the path it was walked under. */
    private final Map<Path, Path> walked = new HashMap<>();
    private final Deque<Link> links = new ArrayDeque<>();

    private FileTree(List<Path> paths, Predicate<Path> wanted, boolean listOthers, Function<Path, String> display, long maxFileBytes) {
        this.wanted = wanted;
        this.listOthers = listOthers;
        this.display = display;
        this.maxFileBytes = maxFileBytes;
        this.roots = new SymbolicLinks.Roots(paths);
    }

    /**
     * The wanted files under {@code paths}. A file named on the command line is kept whether wanted
     * or not (see {@link #given()}): the user asked for it.
     *
     * @param display how a path is named to users in diagnostics
     */
    public static FileTree walk(List<Path> paths, Predicate<Path> wanted, Function<Path, String> display) {
        return walk(paths, wanted, false, display, MAX_FILE_BYTES);
    }

    /**
     * Like {@link #walk(List, Predicate, Function)}, and with {@code listOthers} every other regular file
     * in the walked directories is listed too (see {@link #others()}), for a pass that reads every file.
     */
    public static FileTree walk(List<Path> paths, Predicate<Path> wanted, boolean listOthers, Function<Path, String> display) {
        return walk(paths, wanted, listOthers, display, MAX_FILE_BYTES);
    }

    static FileTree walk(List<Path> paths, Predicate<Path> wanted, Function<Path, String> display, long maxFileBytes) {
        return walk(paths, wanted, false, display, maxFileBytes);
    }

    static FileTree walk(List<Path> paths, Predicate<Path> wanted, boolean listOthers, Function<Path, String> display, long maxFileBytes) {
        FileTree tree = new FileTree(paths, wanted, listOthers, display, maxFileBytes);
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            String broken = SymbolicLinks.unfollowable(abs);
            if (broken != null) {
                tree.error(abs, broken);
            } else if (!Files.exists(abs)) {
                tree.error(abs, "path does not exist");
            } else if (Files.isRegularFile(abs)) {
                if (tree.sizeAllowed(abs)) {
                    tree.files.add(abs);
                    tree.given.add(abs);
                }
            } else {
                tree.walk(abs);
            }
        }
        tree.followLinks();
        return tree;
    }

    /** Sorted absolute paths, each under the path it was first reached by; broken links to wanted names included. */
    public List<Path> files() {
        return new ArrayList<>(files);
    }

    /**
     * The regular files no source wants, when the walk was asked to list them: sorted absolute paths,
     * whatever their size (a reader decides how much of a large file it reads), without a word about them.
     * Hidden files ({@code .env}) are among them; hidden directories other than {@code .github} are not walked.
     */
    public List<Path> others() {
        return new ArrayList<>(others);
    }

    /** The files named directly on the command line. */
    public Set<Path> given() {
        return Set.copyOf(given);
    }

    /** Problems met on the walk: unreadable directories, broken or looping links, oversized files. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** The walked directory that is {@code dir} under another path (through links), else {@code dir}. */
    public Path same(Path dir) {
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
                continue; // another path to a directory already walked
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
                    linked(entry, real);
                } else if (attrs.isDirectory()) {
                    if (!skipped(name)) subdirs.add(new Path[] {entry, real.resolve(name)});
                } else if (attrs.isRegularFile() && wanted.test(entry)) {
                    if (attrs.size() <= maxFileBytes) files.add(entry);
                    else tooLarge(entry, attrs.size());
                } else if (attrs.isRegularFile() && listOthers) {
                    others.add(entry);
                }
            }
            for (int i = subdirs.size() - 1; i >= 0; i--) stack.push(subdirs.get(i));
        }
    }

    private void linked(Path entry, Path dirReal) {
        String broken = SymbolicLinks.unfollowable(entry);
        if (broken != null) {
            // A broken link to a wanted file is kept: its source reports it as unreadable where it matters.
            if (wanted.test(entry)) files.add(entry);
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
        } else if (wanted.test(entry)) {
            if (!sizeAllowed(entry)) return;
            files.add(entry);
            if (!roots.contain(real)) warning(entry, SymbolicLinks.outside(entry, real));
        } else if (listOthers && Files.isRegularFile(real) && roots.contain(real)) {
            others.add(entry);
        }
    }

    private boolean sizeAllowed(Path file) {
        try {
            long size = Files.size(file);
            if (size <= maxFileBytes) return true;
            tooLarge(file, size);
        } catch (IOException e) {
            error(file, "cannot read: " + e.getMessage());
        }
        return false;
    }

    private void tooLarge(Path file, long size) {
        warning(file, "skipped: " + size + " bytes, larger than the " + maxFileBytes / (1024 * 1024)
                + " MiB a configuration file may have");
    }

    private static boolean skipped(String name) {
        return SKIPPED_DIRS.contains(name) || name.startsWith(".") && !READ_HIDDEN_DIRS.contains(name);
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
        diagnostics.add(Diagnostic.error(SourceLocation.ofFile(display.apply(p)), message));
    }

    private void warning(Path p, String message) {
        diagnostics.add(Diagnostic.warning(SourceLocation.ofFile(display.apply(p)), message));
    }
}
