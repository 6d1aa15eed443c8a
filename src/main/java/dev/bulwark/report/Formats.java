package dev.bulwark.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The formats one kind of result can be written in, by name, in the order they were registered
 * (the order help texts list them in). A front end looks a format up by the name the user gave.
 *
 * @param <T> the result kind
 */
public final class Formats<T> {
    /**
     * One format: its name (what {@code --format} takes), the file extension a report in it gets
     * when written to a directory, and how to make its renderer for given options.
     */
    public record Format<T>(String name, String extension, Function<RenderOptions, ? extends Renderer<T>> renderer) {
        public Renderer<T> renderer(RenderOptions options) {
            return renderer.apply(options);
        }
    }

    private final Map<String, Format<T>> byName = new LinkedHashMap<>();

    /** Registers a format; a name registered twice is a programming error. */
    public Formats<T> add(String name, String extension, Function<RenderOptions, ? extends Renderer<T>> renderer) {
        if (byName.putIfAbsent(name, new Format<>(name, extension, renderer)) != null) {
            throw new IllegalStateException("format " + name + " is registered twice");
        }
        return this;
    }

    public Optional<Format<T>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The format of that name; the caller has checked it exists (see {@link #find}). */
    public Format<T> get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no format " + name + "; expected one of " + names()));
    }

    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }
}
