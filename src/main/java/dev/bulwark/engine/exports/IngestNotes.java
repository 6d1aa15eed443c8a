package dev.bulwark.engine.exports;

import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.source.export.ExportKind;

import java.util.Optional;

/**
 * The notes of a record written by {@code bulwark ingest}. Their first line, {@code bulwark ingest
 * KIND}, says which reader the attachment is for: the evidence kind alone cannot (Trivy and Grype
 * reports are both vulnerability scans). The rest describes the export for people reading the ledger.
 */
public final class IngestNotes {
    static final String PREFIX = "bulwark ingest ";

    private IngestNotes() {}

    public static String write(ExportKind kind, String description) {
        return PREFIX + kind.id() + "\n" + description;
    }

    /** The export kind of a record written by {@code bulwark ingest}; empty for any other record. */
    public static Optional<ExportKind> kindOf(EvidenceRecord record) {
        String notes = record.notes();
        if (notes == null || !notes.startsWith(PREFIX)) return Optional.empty();
        int end = notes.indexOf('\n');
        String id = notes.substring(PREFIX.length(), end < 0 ? notes.length() : end);
        return ExportKind.byId(id).filter(k -> k.id().equals(id));
    }
}
