package dev.bulwark.engine.exports;

import dev.bulwark.model.export.ExportKind;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code bulwark ingest} was asked to do.
 *
 * @param system      the system to file every file under, or null for each file's own target
 * @param performedAt when the exports were made (a date or date-time), or null for each file's own date
 * @param performedBy who made the exports (ran the scan, downloaded the report)
 */
public record IngestRequest(ExportKind kind, List<Path> files, String system, String performedAt, String performedBy) {
    public IngestRequest {
        Objects.requireNonNull(kind, "kind");
        files = List.copyOf(files);
    }
}
