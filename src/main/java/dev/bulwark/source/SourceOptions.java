package dev.bulwark.source;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Options for the sources, each source's under its own type (Terraform's variable inputs are a
 * {@code LoadOptions}), so the engine carries them without knowing any format. Also the working
 * directory that paths are shown relative to.
 */
public final class SourceOptions {
    private final Path workingDir;
    private final Map<Class<?>, Object> byType;

    private SourceOptions(Path workingDir, Map<Class<?>, Object> byType) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.byType = Map.copyOf(byType);
    }

    /** No source options, paths shown relative to {@code workingDir}. */
    public static SourceOptions of(Path workingDir) {
        return new SourceOptions(workingDir, Map.of());
    }

    /** No source options, paths shown relative to the process's working directory. */
    public static SourceOptions defaults() {
        return of(Path.of(""));
    }

    /** These options plus {@code options}, replacing any of the same type. */
    public <T> SourceOptions with(T options) {
        Map<Class<?>, Object> next = new HashMap<>(byType);
        next.put(options.getClass(), options);
        return new SourceOptions(workingDir, next);
    }

    /** These options with every source that can download told to ({@code modules: download}). */
    public SourceOptions downloading() {
        Map<Class<?>, Object> next = new HashMap<>(byType);
        next.replaceAll((type, options) -> options instanceof Downloads<?> d ? d.downloading() : options);
        return new SourceOptions(workingDir, next);
    }

    /** Whether any source may download, and so write to disk, while loading. */
    public boolean downloads() {
        return byType.values().stream().anyMatch(o -> o instanceof Downloads<?> d && d.downloads());
    }

    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(byType.get(type)));
    }

    public Path workingDir() {
        return workingDir;
    }

    /** A path as users should see it: relative to the working directory when inside it. */
    public String display(Path p) {
        return display(workingDir, p);
    }

    /** {@code p} as users should see it: relative to {@code workingDir} (absolute, normalised) when inside it. */
    public static String display(Path workingDir, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.startsWith(workingDir)) {
            String rel = workingDir.relativize(abs).toString().replace('\\', '/');
            return rel.isEmpty() ? "." : rel;
        }
        return abs.toString().replace('\\', '/');
    }
}
