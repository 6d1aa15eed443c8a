package dev.bulwark.engine.exports;

import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.model.export.ExportKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The notes of a record written by {@code bulwark ingest}. Their first line, {@code bulwark ingest
 * KIND}, says which reader the attachment is for: the evidence kind alone cannot (Trivy and Grype
 * reports are both vulnerability scans). Then one {@code target: NAME} line per scanned target
 * (image, host) and, when successive scans of it are known by another name (an image repository
 * without its tag), {@code tracked as: NAME} lines; so the latest scan of each thing is found
 * without decrypting every file. The rest describes the export for people reading the ledger.
 */
public final class IngestNotes {
    static final String PREFIX = "bulwark ingest ";
    static final String TARGET = "target: ";
    static final String TRACKED_AS = "tracked as: ";

    private IngestNotes() {}

    public static String write(ExportKind kind, List<String> targets, List<String> trackedAs, String description) {
        StringBuilder b = new StringBuilder(PREFIX).append(kind.id()).append('\n');
        for (String t : targets) b.append(TARGET).append(t).append('\n');
        if (!trackedAs.equals(targets)) for (String t : trackedAs) b.append(TRACKED_AS).append(t).append('\n');
        return b.append(description).toString();
    }

    /** The export kind of a record written by {@code bulwark ingest}; empty for any other record. */
    public static Optional<ExportKind> kindOf(EvidenceRecord record) {
        String notes = record.notes();
        if (notes == null || !notes.startsWith(PREFIX)) return Optional.empty();
        String id = notes.lines().findFirst().orElse("").substring(PREFIX.length());
        return ExportKind.byId(id).filter(k -> k.id().equals(id));
    }

    /** The scanned targets the notes name, in file order; empty for identity exports. */
    public static List<String> targetsOf(EvidenceRecord record) {
        return header(record, TARGET);
    }

    /** What successive scans of the same thing share: the tracked-as names, else the targets. */
    public static List<String> trackedAsOf(EvidenceRecord record) {
        List<String> tracked = header(record, TRACKED_AS);
        return tracked.isEmpty() ? targetsOf(record) : tracked;
    }

    private static List<String> header(EvidenceRecord record, String prefix) {
        List<String> out = new ArrayList<>();
        if (record.notes() == null) return out;
        for (String line : record.notes().lines().skip(1).toList()) {
            if (line.startsWith(prefix)) out.add(line.substring(prefix.length()));
            else if (!line.startsWith(TARGET) && !line.startsWith(TRACKED_AS)) break;
        }
        return out;
    }
}
