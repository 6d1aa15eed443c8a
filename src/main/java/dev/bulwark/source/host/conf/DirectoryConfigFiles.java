package dev.bulwark.source.host.conf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link ConfigFiles} over a directory that stands for the host's {@code /}. Absolute links inside the
 * tree are followed inside it, and no path ever leaves it: {@code ..} stops at the root as it does on the host.
 */
public final class DirectoryConfigFiles implements ConfigFiles {
    private static final int MAX_LINKS = 40;
    private final Path root;

    public DirectoryConfigFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> read(String path) throws IOException {
        Optional<Path> file = resolve(path);
        if (file.isEmpty() || !Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            byte[] bytes = Files.readAllBytes(file.get());
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String path) {
        return resolve(path).map(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).orElse(false);
    }

    @Override
    public List<String> list(String directory) {
        Optional<Path> dir = resolve(directory);
        if (dir.isEmpty() || !Files.isDirectory(dir.get(), LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> entries = Files.list(dir.get())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public Optional<String> linkTarget(String path) {
        Optional<Path> parent = resolveParent(path);
        if (parent.isEmpty()) return Optional.empty();
        Path link = parent.get().resolve(lastSegment(path));
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            return Optional.of(Files.readSymbolicLink(link).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Long> modified(String path) {
        Optional<Path> file = resolve(path);
        if (file.isEmpty() || !Files.exists(file.get(), LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            return Optional.of(Files.getLastModifiedTime(file.get(), LinkOption.NOFOLLOW_LINKS).toMillis());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The real path of a host path with every link resolved inside the root; empty when a link chain is too long. */
    private Optional<Path> resolve(String path) {
        return resolve(path, 0);
    }

    private Optional<Path> resolve(String path, int links) {
        if (links > MAX_LINKS) return Optional.empty();
        Path current = root;
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (!current.equals(root)) current = current.getParent();
                continue;
            }
            Path next = current.resolve(s);
            if (Files.isSymbolicLink(next)) {
                String target;
                try {
                    target = Files.readSymbolicLink(next).toString();
                } catch (IOException e) {
                    return Optional.empty();
                }
                String base = target.startsWith("/") ? "" : hostPath(current);
                String rest = String.join("/", java.util.Arrays.copyOfRange(segments, i + 1, segments.length));
                return resolve(base + "/" + target + "/" + rest, links + 1);
            }
            current = next;
        }
        return Optional.of(current);
    }

    private Optional<Path> resolveParent(String path) {
        int slash = path.lastIndexOf('/');
        return resolve(slash <= 0 ? "/" : path.substring(0, slash));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String hostPath(Path inside) {
        return "/" + root.relativize(inside).toString().replace('\\', '/');
    }
}
