package dev.bulwark.model.export;

import java.time.Instant;
import java.util.Objects;

/**
 * Evidence that {@code tool} scanned {@code target} (an image, a directory, a host) at
 * {@code scannedAt}, read from {@code file} at {@code line}.
 *
 * @param toolVersion the version the report names, or "" when it names none
 */
public record ScanRecord(ExportKind tool, String toolVersion, String target, Instant scannedAt, String file, int line) {
    public ScanRecord {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scannedAt, "scannedAt");
        Objects.requireNonNull(file, "file");
    }
}
