package dev.bulwark.source.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Every file access of a host scan: the running system ({@code /}) or, offline, a directory holding a
 * root file system (a mounted disk, an unpacked image). Paths are given as the system sees them
 * ({@code /etc/ssh/sshd_config}) and resolved inside the root as a chroot would: an absolute symbolic
 * link points into the root, {@code ..} stops at the root, so nothing outside it is ever read. {@code /proc}
 * is read only on the live system (an image's {@code /proc} says nothing about the image). Read-only.
 */
public final class HostRoot {
    /** Larger files are not configuration: refuse them instead of filling memory. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    private static final int MAX_LINK_HOPS = 40;

    private final Path root;
    private final boolean live;

    private HostRoot(Path root, boolean live) {
        this.root = root.toAbsolutePath().normalize();
        this.live = live;
    }

    /** The running system. */
    public static HostRoot live() {
        return new HostRoot(Path.of("/"), true);
    }

    /** A root file system in {@code dir}, read offline. */
    public static HostRoot offline(Path dir) {
        return new HostRoot(dir, false);
    }

    public boolean isLive() {
        return live;
    }

    /** The directory this root is, as the user named it. */
    public Path directory() {
        return root;
    }

    /** True when the root has an {@code /etc} directory or an os-release file, as every Linux root file system does. */
    public boolean looksLikeLinux() {
        return isDirectory("/etc") || isFile("/usr/lib/os-release");
    }

    /** The file's text (UTF-8, malformed bytes replaced), or empty when it does not exist. */
    public Optional<HostText> text(String path) throws HostReadException {
        return bytes(path).map(b -> HostText.of(path, new String(b, StandardCharsets.UTF_8)));
    }

    /** The file's bytes, or empty when it does not exist; directories and oversized files are errors. */
    public Optional<byte[]> bytes(String path) throws HostReadException {
        Path p = resolve(path);
        if (p == null || !Files.exists(p)) return Optional.empty();
        try {
            if (Files.isDirectory(p)) throw new HostReadException(path, "it is a directory, not a file");
            // /proc and /sys files report size 0: only regular files of known size are limited up front.
            if (Files.size(p) > MAX_FILE_BYTES) throw new HostReadException(path, "it is larger than 32 MiB");
            try (InputStream in = Files.newInputStream(p)) {
                byte[] b = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (b.length > MAX_FILE_BYTES) throw new HostReadException(path, "it is larger than 32 MiB");
                return Optional.of(b);
            }
        } catch (HostReadException e) {
            throw e;
        } catch (IOException e) {
            throw new HostReadException(path, describe(e));
        }
    }

    /** A {@code /proc} file of the running system; always empty offline. */
    public Optional<HostText> proc(String path) throws HostReadException {
        if (!live || !path.startsWith("/proc/")) return Optional.empty();
        return text(path);
    }

    public boolean exists(String path) {
        Path p = resolveQuietly(path);
        return p != null && Files.exists(p);
    }

    public boolean isFile(String path) {
        Path p = resolveQuietly(path);
        return p != null && Files.isRegularFile(p);
    }

    public boolean isDirectory(String path) {
        Path p = resolveQuietly(path);
        return p != null && Files.isDirectory(p);
    }

    /** The names in a directory, sorted; empty when it does not exist. */
    public List<String> list(String dir) throws HostReadException {
        Path p = resolve(dir);
        if (p == null || !Files.isDirectory(p)) return List.of();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
            for (Path e : s) names.add(e.getFileName().toString());
        } catch (IOException e) {
            throw new HostReadException(dir, describe(e));
        }
        names.sort(null);
        return names;
    }

    /**
     * What a symbolic link says, as written ({@code /dev/null}, {@code socket:[1234]}), with the links on the
     * way to it resolved inside the root; empty when {@code path} is no link.
     */
    public Optional<String> linkTarget(String path) throws HostReadException {
        int slash = path.lastIndexOf('/');
        Path dir = resolve(slash <= 0 ? "/" : path.substring(0, slash));
        if (dir == null) return Optional.empty();
        Path link = dir.resolve(path.substring(slash + 1));
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            return Optional.of(Files.readSymbolicLink(link).toString());
        } catch (IOException e) {
            throw new HostReadException(path, describe(e));
        }
    }

    /** When the file last changed, or empty when it does not exist. */
    public Optional<java.time.Instant> modified(String path) throws HostReadException {
        Path p = resolve(path);
        if (p == null || !Files.exists(p)) return Optional.empty();
        try {
            return Optional.of(Files.getLastModifiedTime(p).toInstant());
        } catch (IOException e) {
            throw new HostReadException(path, describe(e));
        }
    }

    /**
     * The existing paths a glob pattern ({@code *}, {@code ?}, {@code [..]} in any component) names, in
     * lexical order as glob(3) returns them; a pattern without wildcards names itself when it exists.
     */
    public List<String> glob(String pattern) throws HostReadException {
        List<String> found = new ArrayList<>();
        String[] parts = Arrays.stream(pattern.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        expand("", parts, 0, found);
        return found;
    }

    private void expand(String prefix, String[] parts, int i, List<String> found) throws HostReadException {
        if (i == parts.length) {
            if (exists(prefix.isEmpty() ? "/" : prefix)) found.add(prefix.isEmpty() ? "/" : prefix);
            return;
        }
        String part = parts[i];
        if (!part.matches(".*[*?\\[].*")) {
            expand(prefix + "/" + part, parts, i + 1, found);
            return;
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + part.replace("{", "\\{").replace("}", "\\}"));
        for (String name : list(prefix.isEmpty() ? "/" : prefix)) {
            // glob(3) leaves out dot files unless the pattern names the dot.
            if (name.startsWith(".") && !part.startsWith(".")) continue;
            if (m.matches(Path.of(name))) expand(prefix + "/" + name, parts, i + 1, found);
        }
    }

    /**
     * The real path of {@code path} inside the root, following symbolic links as the system would
     * from within it; null when a link loops. The last component need not exist.
     */
    Path resolve(String path) throws HostReadException {
        if (!path.startsWith("/")) throw new IllegalArgumentException("not an absolute path: " + path);
        Deque<String> todo = new ArrayDeque<>(components(path));
        List<String> done = new ArrayList<>();
        int hops = 0;
        while (!todo.isEmpty()) {
            String c = todo.pollFirst();
            if (c.equals("..")) {
                if (!done.isEmpty()) done.remove(done.size() - 1);
                continue;
            }
            Path here = join(done).resolve(c);
            if (!Files.isSymbolicLink(here)) {
                done.add(c);
                continue;
            }
            if (++hops > MAX_LINK_HOPS) throw new HostReadException(path, "too many levels of symbolic links");
            String target;
            try {
                target = Files.readSymbolicLink(here).toString();
            } catch (IOException e) {
                throw new HostReadException(path, describe(e));
            }
            if (target.startsWith("/")) done.clear();
            List<String> next = components(target);
            for (int k = next.size() - 1; k >= 0; k--) todo.addFirst(next.get(k));
        }
        return join(done);
    }

    private Path resolveQuietly(String path) {
        try {
            return resolve(path);
        } catch (HostReadException e) {
            return null;
        }
    }

    private Path join(List<String> components) {
        Path p = root;
        for (String c : components) p = p.resolve(c);
        return p;
    }

    private static List<String> components(String path) {
        List<String> out = new ArrayList<>();
        for (String c : path.split("/")) {
            if (!c.isEmpty() && !c.equals(".")) out.add(c);
        }
        return out;
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file";
        String m = e.getMessage();
        return m != null ? m : e.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return live ? "the running system" : root.toString();
    }
}
