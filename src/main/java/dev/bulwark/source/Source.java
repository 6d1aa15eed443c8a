package dev.bulwark.source;

import dev.bulwark.model.InfrastructureModel;

import java.nio.file.Path;

/**
 * One input format: it says which of the discovered files are its own and loads them into the model.
 * A source never throws for bad input: unreadable or malformed files become diagnostics with file
 * and line, and the rest is still loaded. Sources are listed in {@link SourceRegistry}.
 */
public interface Source {
    /** The format name every resource of this source carries, e.g. {@code terraform}, {@code kubernetes}. */
    String format();

    /**
     * True when {@code file} is this source's to read, judged by its name and place only (a source
     * that finds a claimed file is not its kind after all, e.g. a YAML file that is no manifest, skips it).
     */
    boolean claims(Path file);

    /** Loads the claimed files. */
    InfrastructureModel load(SourceRequest request);
}
