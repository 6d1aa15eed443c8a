package dev.bulwark.engine.exports;

import dev.bulwark.source.export.ExportReaders;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerStorageException;
import dev.bulwark.source.export.ExportFormatException;
import dev.bulwark.model.export.ExportKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exports in the evidence ledger at one moment: the valid (not superseded) records written by
 * {@code bulwark ingest}, and their files decrypted and parsed again on demand, each at most once.
 */
final class LedgerExports {
    /** Latest performed first; between equal times, the one recorded later (as the evidence index orders them). */
    static final Comparator<IngestedExport> LATEST_FIRST = Comparator
            .comparing((IngestedExport e) -> e.record().performedAt().instant())
            .thenComparingLong(e -> e.record().sequence())
            .reversed();

    private final EvidenceLedger ledger;
    private final List<IngestedExport> exports;
    private final Map<String, ExportReadback> read = new HashMap<>();
    private List<IngestedExport> latest;

    private LedgerExports(EvidenceLedger ledger, List<IngestedExport> exports) {
        this.ledger = ledger;
        this.exports = List.copyOf(exports);
    }

    static LedgerExports load(EvidenceLedger ledger) throws LedgerStorageException {
        List<IngestedExport> out = new ArrayList<>();
        for (EvidenceRecord r : ledger.index().valid()) IngestedExport.of(r).ifPresent(out::add);
        return new LedgerExports(ledger, out);
    }

    /** Every ingested export, in chain order. */
    List<IngestedExport> all() {
        return exports;
    }

    Optional<IngestedExport> byId(String recordId) {
        return exports.stream().filter(e -> e.id().equals(recordId)).findFirst();
    }

    /** The first ingested export of this kind whose file has exactly this content. */
    Optional<IngestedExport> withContent(ExportKind kind, String sha256) {
        return exports.stream().filter(e -> e.kind() == kind && e.file().sha256().equals(sha256)).findFirst();
    }

    /**
     * The latest export for each kind, system and scanned thing (one system may have several
     * images or hosts, each judged on its own latest scan; a new tag of an image replaces the old
     * one's scan); in kind order, then by system.
     */
    List<IngestedExport> latest() {
        if (latest == null) {
            Map<List<Object>, IngestedExport> latestOf = new LinkedHashMap<>();
            for (IngestedExport e : exports) {
                latestOf.merge(List.of(e.kind(), e.system(), e.trackedAs()), e, (a, b) -> LATEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
            latest = latestOf.values().stream()
                    .sorted(Comparator.comparing(IngestedExport::kind).thenComparing(IngestedExport::system)
                            .thenComparing(e -> String.join("\n", e.trackedAs())))
                    .toList();
        }
        return latest;
    }

    /** The latest export of each kind other than {@code of}'s, filed under the same system. */
    List<IngestedExport> relatedTo(IngestedExport of) {
        return latest().stream().filter(e -> e.kind() != of.kind() && e.system().equals(of.system())).toList();
    }

    /** The export's file decrypted and parsed as its kind, named by the attachment's file name. */
    ExportReadback read(IngestedExport e) {
        return read.computeIfAbsent(e.id(), id -> readNow(e));
    }

    private ExportReadback readNow(IngestedExport e) {
        String name = e.file().name();
        try {
            byte[] content = ledger.attachmentContent(e.file());
            return new ExportReadback(e, ExportReaders.of(e.kind()).read(name, content), null);
        } catch (EvidenceException ex) {
            return new ExportReadback(e, null, e.id() + " (" + name + ") cannot be read back from the evidence ledger: " + ex.getMessage());
        } catch (ExportFormatException ex) {
            // The reader accepted this file when it was ingested: a newer reader may be stricter.
            return new ExportReadback(e, null, e.id() + " (" + name + ") no longer reads as a " + e.kind().id() + " export: " + ex.getMessage());
        }
    }
}
