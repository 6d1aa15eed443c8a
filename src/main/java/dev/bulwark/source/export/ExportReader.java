package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one export format. Readers validate the whole file and either return everything in it
 * or throw: a half-read export would give wrong findings.
 */
public interface ExportReader<T extends ParsedExport> {
    ExportKind kind();

    /** Parses {@code content}; {@code file} is how the file is named in results and messages. */
    T read(String file, byte[] content) throws ExportFormatException;

    default T read(Path path) throws IOException, ExportFormatException {
        return read(path.toString(), Files.readAllBytes(path));
    }
}
