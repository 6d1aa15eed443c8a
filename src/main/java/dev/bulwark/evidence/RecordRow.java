package dev.bulwark.evidence;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A record as its database columns hold it, plus the stored canonical text. Kept raw so that
 * verification can say exactly which column disagrees with what was hashed, even when a column
 * holds something no valid record could.
 */
record RecordRow(long seq, String id, String kind, List<String> requirements, String system, String performedAt,
                 String performedBy, String approvedBy, String notes, List<AttachmentColumns> attachments,
                 String recordedAt, String supersedes, String previousHash, String recordHash, String canonical) {

    /** An attachment row as stored. */
    record AttachmentColumns(String name, long size, String sha256) {
        Attachment toAttachment() {
            return new Attachment(name, size, sha256);
        }
    }

    /** The row a freshly appended record is stored as. */
    static RecordRow of(CanonicalRecord r, String recordHash, String canonicalJson) {
        List<AttachmentColumns> atts = r.attachments().stream().map(a -> new AttachmentColumns(a.name(), a.size(), a.sha256())).toList();
        return new RecordRow(r.sequence(), r.id(), r.kind(), r.requirements(), r.system(), r.performedAt(), r.performedBy(),
                r.approvedBy(), r.notes(), atts, r.recordedAt(), r.supersedes(), r.previousHash(), recordHash, canonicalJson);
    }

    /** The columns by the canonical form's field names, rendered as {@link CanonicalRecord#fields()} renders them. */
    Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("sequence", Long.toString(seq));
        f.put("id", id);
        f.put("kind", kind);
        f.put("requirements", String.join(", ", requirements));
        f.put("system", system);
        f.put("performedAt", performedAt);
        f.put("performedBy", performedBy);
        f.put("approvedBy", approvedBy);
        f.put("notes", notes);
        f.put("attachments", attachments.stream().map(a -> CanonicalRecord.describeAttachment(a.name(), a.size(), a.sha256()))
                .collect(Collectors.joining(", ")));
        f.put("recordedAt", recordedAt);
        f.put("supersedes", supersedes);
        f.put("previousHash", previousHash);
        return f;
    }

    /** The typed record; IllegalArgumentException if a column holds something a record cannot. */
    EvidenceRecord toRecord() {
        EvidenceKind k = EvidenceKind.fromSlug(kind)
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + kind + "'"));
        PerformedAt at = PerformedAt.parse(performedAt)
                .orElseThrow(() -> new IllegalArgumentException("unreadable performed-at '" + performedAt + "'"));
        Instant recorded;
        try {
            recorded = Instant.parse(recordedAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable recorded-at '" + recordedAt + "'");
        }
        List<Attachment> atts = new ArrayList<>();
        for (AttachmentColumns a : attachments) atts.add(a.toAttachment());
        return new EvidenceRecord(seq, id, k, requirements, system, at, performedBy, approvedBy, notes, atts,
                recorded, supersedes, previousHash, recordHash);
    }
}
