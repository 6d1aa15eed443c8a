package dev.bulwark.model.export;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A Lynis {@code report.dat}: the host, when the audit ran, its warnings and suggestions.
 * Lynis writes times in the host's local time without a zone; {@link #scans()} reads them as UTC.
 *
 * @param values every single-valued key as last written (os, os_version, …) for whoever needs more
 */
public record LynisReport(String file, String hostname, int hostnameLine, String lynisVersion, LocalDateTime started,
                          LocalDateTime ended, OptionalInt hardeningIndex, List<LynisItem> warnings,
                          List<LynisItem> suggestions, Map<String, String> values) implements ParsedExport {
    public LynisReport {
        warnings = List.copyOf(warnings);
        suggestions = List.copyOf(suggestions);
        values = Map.copyOf(values);
    }

    @Override
    public ExportKind kind() {
        return ExportKind.LYNIS;
    }

    @Override
    public List<ScanRecord> scans() {
        return List.of(new ScanRecord(ExportKind.LYNIS, lynisVersion, hostname, ended.toInstant(ZoneOffset.UTC), file, hostnameLine));
    }
}
