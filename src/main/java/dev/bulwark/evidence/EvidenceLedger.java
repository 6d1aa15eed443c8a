package dev.bulwark.evidence;

import dev.bulwark.evidence.crypto.AttachmentCipher;
import dev.bulwark.evidence.crypto.EvidenceKeys;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence ledger: an append-only, hash-chained list of evidence records with encrypted,
 * content-addressed attachments. There is no update or delete; a correction is a new record that
 * supersedes the old one. Open it, use it, close it (closing releases the embedded database's
 * process lock).
 *
 * <p>For "is requirement X covered on system Y", take {@link #index()} and ask
 * {@link EvidenceIndex#latestValid(String, String)}.
 */
public final class EvidenceLedger implements AutoCloseable {
    private final LedgerSettings settings;
    private final LedgerDatabase db;
    private final List<String> warnings = new ArrayList<>();

    private EvidenceLedger(LedgerSettings settings, LedgerDatabase db) {
        this.settings = settings;
        this.db = db;
    }

    /** Opens (and on first use creates) the ledger's database and brings its schema up to date. */
    public static EvidenceLedger open(LedgerSettings settings) throws LedgerStorageException {
        return new EvidenceLedger(settings, LedgerDatabase.open(settings));
    }

    /**
     * Checks the draft, reads and encrypts its attachments, and appends it as the next record in one
     * transaction. Nothing is written if anything is wrong.
     *
     * @throws EvidenceInputException bad kind, requirement, date, text, attachment or superseded record
     * @throws EvidenceKeyException   attachments but no usable key, or not the ledger's key
     */
    public EvidenceRecord append(EvidenceDraft draft) throws EvidenceException {
        ValidatedDraft valid = new DraftValidator(settings.requirementExists(), settings.clock()).validate(draft);
        if (valid.supersedes() != null) {
            try (Connection c = db.connect()) {
                RecordAppender.checkSupersedes(c, valid.supersedes()); // early, so a doomed append makes no key file
            } catch (SQLException e) {
                throw storage("cannot read", e);
            }
        }
        EvidenceKeys.Loaded key = null;
        byte[] keyCheck = null;
        List<RecordAppender.SealedBlob> blobs = new ArrayList<>();
        if (!valid.attachments().isEmpty()) {
            key = keyForWriting();
            AttachmentCipher cipher = key.cipher();
            keyCheck = cipher.keyCheck();
            for (ValidatedDraft.AttachmentContent a : valid.attachments()) {
                blobs.add(new RecordAppender.SealedBlob(a.sha256(), cipher.primaryKeyId(), cipher.encrypt(a.content(), a.sha256())));
            }
        }
        String keySource = key == null ? null : key.source();
        try (Connection c = db.connect()) {
            return RecordAppender.append(c, valid, blobs, key == null ? null : key.cipher(), keyCheck,
                    Instant.now(settings.clock()), (cipher, checks) -> checkKey(cipher, checks, keySource));
        } catch (SQLException e) {
            throw storage("cannot append to", e);
        }
    }

    /** Every record, in chain order. */
    public List<EvidenceRecord> records() throws LedgerStorageException {
        List<EvidenceRecord> out = new ArrayList<>();
        for (RecordRow row : rows()) out.add(typed(row));
        return out;
    }

    public Optional<EvidenceRecord> record(String id) throws LedgerStorageException {
        Optional<String> canonicalId = EvidenceIds.normalise(id);
        if (canonicalId.isEmpty()) return Optional.empty();
        return records().stream().filter(r -> r.id().equals(canonicalId.get())).findFirst();
    }

    /** A snapshot of all records for queries such as the latest valid evidence per requirement and system. */
    public EvidenceIndex index() throws LedgerStorageException {
        return EvidenceIndex.of(records());
    }

    public ChainHead head() throws LedgerStorageException {
        try (Connection c = db.connect()) {
            return LedgerReader.head(c);
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
    }

    /**
     * Rechecks every record hash, chain link and attachment (decrypting each); the report names
     * the first bad record. Needs the key only if there are attachments.
     *
     * @throws EvidenceKeyException the ledger has attachments and the key is missing or wrong
     */
    public VerificationReport verify() throws EvidenceException {
        try (Connection c = db.connect()) {
            LedgerReader.Snapshot snapshot = LedgerReader.snapshot(c);
            AttachmentCipher cipher = keyForReading(c).orElse(null);
            return new LedgerVerifier(sha -> LedgerReader.blob(c, sha), cipher).verify(snapshot);
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
    }

    /** An attachment's plaintext, decrypted and checked against its hash. */
    public byte[] attachmentContent(Attachment a) throws EvidenceException {
        try (Connection c = db.connect()) {
            AttachmentCipher cipher = keyForReading(c)
                    .orElseThrow(() -> new EvidenceKeyException("attachment " + a.name() + " is encrypted but there is no key"));
            return open(c, cipher, a);
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
    }

    /**
     * Verifies the ledger and, if it is intact, writes the auditor bundle into {@code dir}, which
     * must not exist or be empty. If verification fails nothing is written and the summary says why.
     */
    public ExportSummary export(Path dir) throws EvidenceException {
        BundleExporter.checkTarget(dir);
        try (Connection c = db.connect()) {
            LedgerReader.Snapshot snapshot = LedgerReader.snapshot(c);
            List<RecordRow> rows = snapshot.rows();
            ChainHead head = snapshot.head();
            AttachmentCipher cipher = keyForReading(c).orElse(null);
            VerificationReport report = new LedgerVerifier(sha -> LedgerReader.blob(c, sha), cipher).verify(snapshot);
            if (!report.ok()) return new ExportSummary(report, dir, rows.size(), 0, 0);
            List<EvidenceRecord> records = new ArrayList<>();
            for (RecordRow row : rows) records.add(typed(row));
            int files = new BundleExporter(dir).write(rows, EvidenceIndex.of(records), head, Instant.now(settings.clock()),
                    a -> open(c, cipher, a));
            return new ExportSummary(report, dir, rows.size(), report.attachments(), files);
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
    }

    /** Things the person should fix that did not stop the command, e.g. a key file others can read. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Where the records are, for messages: the embedded database's directory or the JDBC URL without password. */
    public String location() {
        return settings.embeddedDatabase() ? settings.ledgerDir().toString() : db.describe();
    }

    @Override
    public void close() {
        db.close();
    }

    private List<RecordRow> rows() throws LedgerStorageException {
        try (Connection c = db.connect()) {
            return LedgerReader.snapshot(c).rows();
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
    }

    private static EvidenceRecord typed(RecordRow row) throws LedgerStorageException {
        try {
            return row.toRecord();
        } catch (IllegalArgumentException e) {
            throw new LedgerStorageException("record " + row.id() + " in the database is malformed (" + e.getMessage()
                    + "); bulwark evidence verify shows what changed", e);
        }
    }

    private byte[] open(Connection c, AttachmentCipher cipher, Attachment a) throws EvidenceException {
        try {
            byte[] ciphertext = LedgerReader.blob(c, a.sha256())
                    .orElseThrow(() -> new LedgerStorageException("attachment " + a.name() + " (sha256 " + a.sha256() + ") is missing from the database"));
            byte[] plain = cipher.decrypt(ciphertext, a.sha256());
            if (!Sha256.hex(plain).equals(a.sha256())) {
                throw new LedgerStorageException("attachment " + a.name() + " decrypts to content with another hash");
            }
            return plain;
        } catch (GeneralSecurityException e) {
            throw new LedgerStorageException("attachment " + a.name() + " (sha256 " + a.sha256() + ") does not decrypt: its blob was replaced or damaged", e);
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
    }

    /** The key for an append with attachments: found, or created on the ledger's first encrypted attachment. */
    private EvidenceKeys.Loaded keyForWriting() throws EvidenceException {
        Optional<EvidenceKeys.Loaded> found = EvidenceKeys.find(settings.ledgerDir(), settings.env());
        if (found.isPresent()) return noteWarnings(found.get());
        boolean ledgerHasKey;
        try (Connection c = db.connect()) {
            ledgerHasKey = !LedgerReader.keyChecks(c).isEmpty() || LedgerReader.hasBlobs(c);
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
        if (ledgerHasKey) {
            // A concurrent first append creates the key file before it commits; look again before giving up.
            return noteWarnings(EvidenceKeys.find(settings.ledgerDir(), settings.env()).orElseThrow(this::noKey));
        }
        return noteWarnings(EvidenceKeys.createFile(settings.ledgerDir()));
    }

    /** The key for reading attachments; empty when the ledger has none, so none is needed. */
    private Optional<AttachmentCipher> keyForReading(Connection c) throws EvidenceException, SQLException {
        Map<Long, byte[]> checks = LedgerReader.keyChecks(c);
        if (checks.isEmpty() && !LedgerReader.hasBlobs(c)) return Optional.empty();
        EvidenceKeys.Loaded loaded = noteWarnings(EvidenceKeys.find(settings.ledgerDir(), settings.env()).orElseThrow(this::noKey));
        checkKey(loaded.cipher(), checks, loaded.source());
        return Optional.of(loaded.cipher());
    }

    private EvidenceKeys.Loaded noteWarnings(EvidenceKeys.Loaded loaded) {
        for (String w : loaded.warnings()) if (!warnings.contains(w)) warnings.add(w);
        return loaded;
    }

    /** Every key the ledger has used must be in the keyset and be that very key. */
    private static void checkKey(AttachmentCipher cipher, Map<Long, byte[]> keyChecks, String source) throws EvidenceKeyException {
        for (Map.Entry<Long, byte[]> check : keyChecks.entrySet()) {
            if (!cipher.hasKey(check.getKey())) {
                throw new EvidenceKeyException("wrong key: this ledger's attachments were encrypted with key id " + check.getKey()
                        + ", which " + source + " does not contain (use the keyset this ledger was created with;"
                        + " after a rotation the keyset must still hold the old keys)");
            }
            if (!cipher.opensKeyCheck(check.getValue())) {
                throw new EvidenceKeyException("wrong key: " + source + " has a key with id " + check.getKey()
                        + " but it is not the key this ledger's attachments were encrypted with");
            }
        }
    }

    private EvidenceKeyException noKey() {
        return new EvidenceKeyException("this ledger's attachments are encrypted, but there is no key: set " + EvidenceKeys.ENV
                + " or restore the key file " + EvidenceKeys.keyFile(settings.ledgerDir()));
    }

    private LedgerStorageException storage(String what, SQLException e) {
        return new LedgerStorageException(what + " the evidence database " + location() + ": " + e.getMessage(), e);
    }
}
