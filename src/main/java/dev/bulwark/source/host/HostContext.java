package dev.bulwark.source.host;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.host.os.Distribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an area works with: the root to read, the distribution found in it, and where its facts and
 * problems go. Reading through {@link #read} turns an unreadable file into an error diagnostic and
 * remembers it, so a check can say it could not decide instead of assuming the file absent.
 */
public final class HostContext {
    private final HostRoot root;
    private final Distribution distribution;
    private final List<Resource> resources = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();
    private int filesRead;
    private int filesFailed;

    public HostContext(HostRoot root, Distribution distribution) {
        this.root = root;
        this.distribution = distribution;
    }

    public HostRoot root() {
        return root;
    }

    public Distribution distribution() {
        return distribution;
    }

    /** The file's text, or empty when it is absent or unreadable (then an error diagnostic says why). */
    public Optional<HostText> read(String path) {
        try {
            Optional<HostText> t = path.startsWith("/proc/") ? root.proc(path) : root.text(path);
            if (t.isPresent()) filesRead++;
            return t;
        } catch (HostReadException e) {
            problem(e);
            return Optional.empty();
        }
    }

    /** The directory's entries, sorted, or empty when it is absent or unreadable (then an error diagnostic says why). */
    public List<String> list(String dir) {
        try {
            return root.list(dir);
        } catch (HostReadException e) {
            problem(e);
            return List.of();
        }
    }

    /** The paths a glob names, or none when a directory on the way is unreadable (then an error diagnostic says why). */
    public List<String> glob(String pattern) {
        try {
            return root.glob(pattern);
        } catch (HostReadException e) {
            problem(e);
            return List.of();
        }
    }

    /** Records a file that exists but could not be read. */
    public void problem(HostReadException e) {
        if (unreadable.add(e.path())) {
            filesFailed++;
            diagnostics.add(Diagnostic.error(SourceLocation.ofFile(e.path()), e.getMessage()));
        }
    }

    /** True when {@code path} was met and could not be read. */
    public boolean wasUnreadable(String path) {
        return unreadable.contains(path);
    }

    public void error(SourceLocation at, String message) {
        diagnostics.add(Diagnostic.error(at, message));
    }

    public void warning(SourceLocation at, String message) {
        diagnostics.add(Diagnostic.warning(at, message));
    }

    /** Starts a resource of this host; add it with {@link #add}. Every host resource carries the distribution. */
    public HostFacts facts(String type, String address, String name, SourceLocation location) {
        return new HostFacts(type, address, name, location, distribution);
    }

    public void add(HostFacts facts) {
        resources.add(facts.build());
    }

    List<Resource> resources() {
        return resources;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    int filesRead() {
        return filesRead;
    }

    int filesFailed() {
        return filesFailed;
    }
}
