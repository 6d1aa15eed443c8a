package dev.bulwark.engine.exports;

import dev.bulwark.evidence.PerformedAt;
import dev.bulwark.model.export.ParsedExport;

import java.nio.file.Path;

/**
 * One export file read, parsed and checked, ready to be stored: the bytes parsed are the bytes
 * stored.
 *
 * @param path   as given by the person ingesting it
 * @param name   the file name alone: the attachment's name, and the file findings point into
 * @param system the system the evidence is filed under
 */
public record PreparedExport(Path path, String name, byte[] content, String sha256, ParsedExport export, String system,
                             PerformedAt performedAt) {}
