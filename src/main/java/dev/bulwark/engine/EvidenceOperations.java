package dev.bulwark.engine;

import dev.bulwark.evidence.ChainHead;
import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceIds;
import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceInputException;
import dev.bulwark.evidence.EvidenceKeyException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.ExportSummary;
import dev.bulwark.evidence.VerificationReport;
import dev.bulwark.evidence.crypto.EvidenceKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code evidence}: the ledger's operations for any front end. Each opens the ledger for as long as
 * it runs: writing operations create an embedded ledger that does not exist yet, reading ones open
 * the database read-only and report a missing ledger ({@code NoLedgerException}) instead of
 * creating one. The ledger's warnings (e.g. a key file others can read) go to {@code warnings}
 * whether the operation succeeds or not.
 */
public final class EvidenceOperations {
    private EvidenceOperations() {}

    /** What {@link #add} recorded, and the chain head after it. */
    public record Added(EvidenceRecord record, ChainHead head) {}

    /** The records {@link #list} selected, with the whole ledger's index and head. */
    public record Listing(List<EvidenceRecord> records, EvidenceIndex index, ChainHead head) {}

    /** One record and the index it is read against (for "superseded by"). */
    public record Shown(EvidenceRecord record, EvidenceIndex index) {}

    /** What {@link #checkpoint} verified, and the head file it wrote (null when it wrote none). */
    public record Checkpoint(VerificationReport report, Path headFile) {}

    /** What {@link #rotateKey} did: the rotated keyset to store (key from the environment), or the new key id in the key file. */
    public record RotatedKey(String keysetForEnvironment, long keyId, Path keyFile) {}

    private interface Work<T> {
        T on(EvidenceLedger ledger) throws EvidenceException;
    }

    /** Appends one record; nothing is written unless the whole draft checks out. */
    public static Added add(LedgerLocation location, EvidenceDraft draft, Consumer<String> warnings) throws EvidenceException {
        return writing(location, warnings, l -> {
            EvidenceRecord r = l.append(draft);
            return new Added(r, l.head());
        });
    }

    /** The records serving {@code requirement} on {@code system} (null: any), oldest first. */
    public static Listing list(LedgerLocation location, String requirement, String system, Consumer<String> warnings)
            throws EvidenceException {
        return reading(location, warnings, l -> {
            EvidenceIndex index = l.index();
            ChainHead head = l.head();
            List<EvidenceRecord> shown = index.all().stream()
                    .filter(r -> requirement == null || r.serves(requirement.trim()))
                    .filter(r -> system == null || r.system().equals(system.trim()))
                    .toList();
            return new Listing(shown, index, head);
        });
    }

    /** The record {@code id} names (EV-000012, or just 12); an id that names none is an input error. */
    public static Shown show(LedgerLocation location, String id, Consumer<String> warnings) throws EvidenceException {
        return reading(location, warnings, l -> {
            String wanted = EvidenceIds.normalise(id)
                    .orElseThrow(() -> new EvidenceInputException("'" + id + "' is not a record id (like EV-000012)"));
            EvidenceIndex index = l.index();
            EvidenceRecord r = index.all().stream().filter(x -> x.id().equals(wanted)).findFirst()
                    .orElseThrow(() -> new EvidenceInputException("there is no record " + wanted
                            + " (the ledger has " + index.all().size() + ")"));
            return new Shown(r, index);
        });
    }

    /** Rechecks every hash, link and attachment, and that the ledger still holds each kept checkpoint. */
    public static VerificationReport verify(LedgerLocation location, List<ChainHead> checkpoints, Consumer<String> warnings)
            throws EvidenceException {
        return reading(location, warnings, l -> l.verify(checkpoints));
    }

    /** Verifies the ledger for its head; with {@code writeHead}, also writes the head file if the whole ledger verifies. */
    public static Checkpoint checkpoint(LedgerLocation location, boolean writeHead, Consumer<String> warnings) throws EvidenceException {
        return reading(location, warnings, l -> new Checkpoint(writeHead ? l.writeHead() : l.verify(), writeHead ? l.headFile() : null));
    }

    /** Verifies the ledger and, if it is intact, writes the auditor's bundle into {@code dir} (new or empty). */
    public static ExportSummary export(LedgerLocation location, Path dir, Consumer<String> warnings) throws EvidenceException {
        return reading(location, warnings, l -> l.export(dir));
    }

    /**
     * Adds a new primary key: to the keyset in {@code BULWARK_EVIDENCE_KEY} when set (returned for the
     * person to store there), else to the key file in {@code ledgerDir}, which must exist.
     */
    public static RotatedKey rotateKey(Path ledgerDir, Map<String, String> environment) throws EvidenceKeyException {
        String fromEnv = environment.get(EvidenceKeys.ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new RotatedKey(EvidenceKeys.rotated(fromEnv, "the environment variable " + EvidenceKeys.ENV), 0, null);
        }
        Path keyFile = EvidenceKeys.keyFile(ledgerDir);
        if (!Files.exists(keyFile)) {
            throw new EvidenceKeyException("there is no key file " + keyFile + " to rotate (it is created with the first attachment)");
        }
        return new RotatedKey(null, EvidenceKeys.rotateFile(ledgerDir), keyFile);
    }

    private static <T> T writing(LedgerLocation location, Consumer<String> warnings, Work<T> work) throws EvidenceException {
        try (EvidenceLedger l = EvidenceLedger.open(location.settings())) {
            return run(l, warnings, work);
        }
    }

    static <T> T reading(LedgerLocation location, Consumer<String> warnings, Work<T> work) throws EvidenceException {
        try (EvidenceLedger l = EvidenceLedger.openForReading(location.settings())) {
            return run(l, warnings, work);
        }
    }

    private static <T> T run(EvidenceLedger l, Consumer<String> warnings, Work<T> work) throws EvidenceException {
        try {
            return work.on(l);
        } finally {
            l.warnings().forEach(warnings);
        }
    }
}
