package dev.bulwark.engine.exports;

import dev.bulwark.evidence.Attachment;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.model.export.ExportKind;

import java.util.List;
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

    /** The targets its scans cover (images, hosts), as recorded when it was ingested; empty for identity exports. */
    public List<String> targets() {
        return IngestNotes.targetsOf(record);
    }

    /** What successive exports of the same thing share (an image repository without its tag); the latest of each is judged. */
    public List<String> trackedAs() {
        return IngestNotes.trackedAsOf(record);
    }
}
