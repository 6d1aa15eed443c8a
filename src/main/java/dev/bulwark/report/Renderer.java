package dev.bulwark.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one kind of result in one format. Each result kind has its own sub-interface
 * ({@link ScanRenderer}, {@link StatusRenderer}, {@link ChangesRenderer}, {@link IngestRenderer}) and
 * its formats are registered by name in {@link ReportFormats}.
 */
public interface Renderer<T> {
    void render(T result, Writer out) throws IOException;
}
