package dev.bulwark.engine.exports;

import dev.bulwark.evidence.Attachment;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.source.export.ExportKind;

import java.util.Optional;

/** An evidence record that holds an export ingested by {@code bulwark ingest}: the file is its one attachment. */
public record IngestedExport(EvidenceRecord record, ExportKind kind) {
    public static Optional<IngestedExport> of(EvidenceRecord record) {
        if (record.attachments().size() != 1) return Optional.empty();
        return IngestNotes.kindOf(record).map(kind -> new IngestedExport(record, kind));
    }

    public Attachment file() {
        return record.attachments().get(0);
    }

    public String id() {
        return record.id();
    }

    public String system() {
        return record.system();
    }
}
