package dev.bulwark.source.host.conf;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of one host as the configuration readers see them: absolute paths as written in the
 * host's own configuration ({@code /etc/nginx/conf.d/*.conf}), resolved inside the scanned root.
 */
public interface ConfigFiles {
    /** The file's text, or empty when there is no such regular file; IOException when it exists but cannot be read. */
    Optional<String> read(String path) throws IOException;

    /** True when a file or directory of that name exists. */
    boolean exists(String path);

    /** Names (not paths) of the entries of a directory, sorted; empty when there is no such directory. */
    List<String> list(String directory);

    /** Where a symbolic link points, as written in the link; empty when the path is no link. */
    Optional<String> linkTarget(String path);

    /** Last modification time in epoch milliseconds, or empty when the path does not exist. */
    Optional<Long> modified(String path);

    /**
     * The paths matching a shell glob ({@code *}, {@code ?}, {@code [..]} in any segment), sorted the way
     * nginx, Apache and sudo read included files: by name, segment by segment.
     */
    default List<String> glob(String pattern) {
        String normal = pattern.replaceAll("/+", "/");
        if (!normal.startsWith("/")) return List.of();
        List<String> current = List.of("/");
        String[] segments = normal.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) continue;
            List<String> next = new ArrayList<>();
            for (String dir : current) {
                String prefix = dir.equals("/") ? "/" : dir + "/";
                if (!hasGlob(segment)) {
                    if (exists(prefix + segment)) next.add(prefix + segment);
                    continue;
                }
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + segment);
                for (String name : list(dir)) {
                    // A shell glob leaves out hidden names unless the pattern asks for them.
                    if (name.startsWith(".") && !segment.startsWith(".")) continue;
                    if (matcher.matches(Path.of(name))) next.add(prefix + name);
                }
            }
            current = next;
        }
        return current.stream().filter(p -> !p.equals("/")).sorted().toList();
    }

    static boolean hasGlob(String text) {
        return text.contains("*") || text.contains("?") || text.contains("[");
    }
}
