package dev.bulwark.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory SARIF file URIs are written relative to ({@code %SRCROOT%}): the working directory
 * when every scanned path is inside it (a repository checkout, the usual CI case), else the
 * deepest directory holding all scanned paths, so results stay relative and fingerprints stay the
 * same wherever the tree is checked out.
 */
public final class SourceRoot {
    private SourceRoot() {}

    public static Path forScan(List<Path> scanPaths, Path workingDir) {
        Path wd = workingDir.toAbsolutePath().normalize();
        List<Path> dirs = new ArrayList<>();
        for (Path p : scanPaths) {
            Path abs = wd.resolve(p).normalize();
            dirs.add(Files.isRegularFile(abs) && abs.getParent() != null ? abs.getParent() : abs);
        }
        if (dirs.isEmpty() || dirs.stream().allMatch(d -> d.startsWith(wd))) return wd;
        for (Path candidate = dirs.get(0); candidate != null; candidate = candidate.getParent()) {
            Path c = candidate;
            if (dirs.stream().allMatch(d -> d.startsWith(c))) return c;
        }
        return wd; // no common ancestor (different drives): files outside get absolute URIs
    }

    /**
     * A file (as findings name it: relative to the working directory, or absolute) as a URI
     * reference: relative to {@code root} when inside it, else an absolute {@code file:} URI.
     */
    static String uri(String file, Path root, Path workingDir) {
        Path abs = workingDir.toAbsolutePath().resolve(file).normalize();
        Path r = root.toAbsolutePath().normalize();
        if (!abs.startsWith(r) || abs.equals(r)) return abs.toUri().toASCIIString();
        String rel = r.relativize(abs).toString().replace('\\', '/');
        // A colon in the first segment would read as a URI scheme.
        if (rel.indexOf(':') >= 0 && (rel.indexOf('/') < 0 || rel.indexOf(':') < rel.indexOf('/'))) rel = "./" + rel;
        try {
            return new URI(null, null, rel, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot form a URI for " + rel, e);
        }
    }

    /** The root as a directory URI, ending in a slash as SARIF requires for a base URI. */
    static String directoryUri(Path root) {
        String u = root.toAbsolutePath().normalize().toUri().toASCIIString();
        return u.endsWith("/") ? u : u + "/";
    }
}
