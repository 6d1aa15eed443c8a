package dev.bulwark.source.host.conf;

import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostReadException;
import dev.bulwark.source.host.HostText;

import java.util.List;
import java.util.Optional;

/**
 * The host's files as the configuration readers see them: absolute paths as written in the host's own
 * configuration ({@code /etc/nginx/conf.d/*.conf}), read through the scan's {@link HostContext}, so a file that
 * exists but cannot be read becomes its error diagnostic and reads as absent here.
 */
public final class ConfigFiles {
    private final HostContext context;

    public ConfigFiles(HostContext context) {
        this.context = context;
    }

    /** The file's text, or empty when there is no such file or it could not be read. */
    public Optional<String> read(String path) {
        return context.read(path).map(ConfigFiles::join);
    }

    /** True when a file or directory of that name exists. */
    public boolean exists(String path) {
        return context.root().exists(path);
    }

    /**
     * Names of the entries of a directory, sorted; empty when there is no such directory. Under {@code /proc}
     * a directory the scanning user may not read (another user's open files) is quietly empty.
     */
    public List<String> list(String directory) {
        if (directory.startsWith("/proc/")) {
            try {
                return context.root().isLive() ? context.root().list(directory) : List.of();
            } catch (HostReadException e) {
                return List.of();
            }
        }
        return context.list(directory);
    }

    /** Where a symbolic link points, as written in the link; empty when the path is no link or cannot be read. */
    public Optional<String> linkTarget(String path) {
        try {
            return context.root().linkTarget(path);
        } catch (HostReadException e) {
            return Optional.empty();
        }
    }

    /** Last modification time in epoch milliseconds, or empty when the path does not exist. */
    public Optional<Long> modified(String path) {
        try {
            return context.root().modified(path).map(java.time.Instant::toEpochMilli);
        } catch (HostReadException e) {
            context.problem(e);
            return Optional.empty();
        }
    }

    /** The paths a shell glob names, sorted as nginx, Apache, sudo and glob(3) read them. */
    public List<String> glob(String pattern) {
        return context.glob(pattern);
    }

    public static boolean hasGlob(String text) {
        return text.contains("*") || text.contains("?") || text.contains("[");
    }

    private static String join(HostText text) {
        return String.join("\n", text.lines()) + "\n";
    }
}
