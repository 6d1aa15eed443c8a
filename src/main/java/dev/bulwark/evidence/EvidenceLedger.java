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

    /**
     * Opens the ledger for adding records: creates the database (and its head file) on first use and
     * brings its schema up to date.
     *
     * @throws LedgerLossException the database is missing, empty, unreadable or holds less than its
     *                             head file; it is left exactly as it is
     */
    public static EvidenceLedger open(LedgerSettings settings) throws EvidenceException {
        return new EvidenceLedger(settings, LedgerDatabase.open(settings, LedgerDatabase.Access.WRITE));
    }

    /**
     * Opens the ledger read-only, for commands that only read: nothing is created, migrated or written.
     *
     * @throws NoLedgerException   nothing was ever recorded here
     * @throws LedgerLossException the database is missing, empty or unreadable while its head file says records were added
     */
    public static EvidenceLedger openForReading(LedgerSettings settings) throws EvidenceException {
        return new EvidenceLedger(settings, LedgerDatabase.open(settings, LedgerDatabase.Access.READ));
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
        EvidenceRecord appended;
        try (Connection c = db.connect()) {
            appended = RecordAppender.append(c, valid, blobs, key == null ? null : key.cipher(), keyCheck,
                    Instant.now(settings.clock()), (cipher, checks) -> checkKey(cipher, checks, keySource), db.headFile());
        } catch (SQLException e) {
            throw storage("cannot append to", e);
        }
        try {
            db.recordHead(new ChainHead(appended.sequence(), appended.recordHash()));
        } catch (LedgerStorageException e) {
            // The record is committed: failing the command now would invite a duplicate. The head file stays one step behind.
            warnings.add(appended.id() + " was recorded, but the head file was not updated (" + e.getMessage()
                    + "); until an append succeeds in updating it, it does not cover " + appended.id());
        }
        return appended;
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
        return verify(List.of());
    }

    /**
     * As {@link #verify()}, and checks that the database still contains the head file's state and
     * each checkpoint (a record at that position with that hash). No head file is a problem too.
     *
     * @throws LedgerLossException the head file cannot be read or is damaged
     */
    public VerificationReport verify(List<ChainHead> checkpoints) throws EvidenceException {
        Optional<ChainHead> recorded = db.headFile().read(); // before the snapshot: the file never runs ahead of what is committed
        try (Connection c = db.connect()) {
            return verify(c, LedgerReader.snapshot(c), recorded, checkpoints, true);
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
    }

    /**
     * Verifies the ledger and, if it is intact, writes its head to the head file: for a ledger from
     * before head files, or one whose head file was lost. A head file that exists must be contained
     * in the database, as always; it is only ever moved forward.
     */
    public VerificationReport writeHead() throws EvidenceException {
        VerificationReport report;
        Optional<ChainHead> recorded = db.headFile().read();
        try (Connection c = db.connect()) {
            report = verify(c, LedgerReader.snapshot(c), recorded, List.of(), false);
        } catch (SQLException e) {
            throw storage("cannot read", e);
        }
        if (report.ok()) db.recordHead(report.head());
        return report;
    }

    /** Where the head file is (beside the key file in the ledger directory, for either database). */
    public Path headFile() {
        return db.headFile().path();
    }

    /** @param recorded the head file's state, read before the snapshot was taken */
    private VerificationReport verify(Connection c, LedgerReader.Snapshot snapshot, Optional<ChainHead> recorded,
                                      List<ChainHead> checkpoints, boolean needHeadFile) throws EvidenceException, SQLException {
        List<LedgerVerifier.Anchor> anchors = new ArrayList<>();
        HeadFile headFile = db.headFile();
        recorded.ifPresent(h -> anchors.add(new LedgerVerifier.Anchor(h, "the head file " + headFile.path())));
        for (ChainHead cp : checkpoints) anchors.add(new LedgerVerifier.Anchor(cp, "checkpoint " + cp.checkpoint()));
        AttachmentCipher cipher = keyForReading(c).orElse(null);
        VerificationReport report = new LedgerVerifier(sha -> LedgerReader.blob(c, sha), cipher).verify(snapshot, anchors);
        if (recorded.isPresent() || !needHeadFile) return report;
        List<VerificationProblem> problems = new ArrayList<>(report.problems());
        problems.add(new VerificationProblem(null, VerificationProblem.Kind.HEAD_FILE_MISSING, headFile.missingReason()));
        return new VerificationReport(report.records(), report.attachments(), report.head(), problems);
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
        Optional<ChainHead> recorded = db.headFile().read();
        try (Connection c = db.connect()) {
            LedgerReader.Snapshot snapshot = LedgerReader.snapshot(c);
            List<RecordRow> rows = snapshot.rows();
            ChainHead head = snapshot.head();
            VerificationReport report = verify(c, snapshot, recorded, List.of(), true);
            if (!report.ok()) return new ExportSummary(report, dir, rows.size(), 0, 0);
            AttachmentCipher cipher = keyForReading(c).orElse(null);
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
        return settings.location();
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
