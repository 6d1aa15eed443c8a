package dev.bulwark.evidence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens the ledger's database (the embedded H2 file by default, else the given JDBC URL) and hands
 * out connections. For writing it creates the database on first use and brings its schema up to
 * date with the migrations in {@code db/evidence}. For reading it opens the database read-only
 * (H2 {@code ACCESS_MODE_DATA=r}, a read-only PostgreSQL session) and never creates, migrates,
 * repairs or rewrites anything.
 *
 * <p>Either way it first compares the database with the head file beside it: a database that is
 * missing, empty or unreadable while the head file says records were added is a
 * {@link LedgerLossException}; nothing here replaces it with a new one.
 */
final class LedgerDatabase implements AutoCloseable {
    enum Access { READ, WRITE }

    private static final String MIGRATIONS = "classpath:db/evidence";
    private static final String HISTORY_TABLE = "evidence_schema_history";
    static final String LOCK_FILE = "evidence.lock";

    private final String url;
    private final Properties credentials;
    private final ProcessLock processLock;
    private final Connection keepOpen;
    private final HeadFile headFile;
    private final Path lockFile;
    private final Duration lockWait;

    private LedgerDatabase(String url, Properties credentials, ProcessLock processLock, Connection keepOpen, LedgerSettings settings) {
        this.url = url;
        this.credentials = credentials;
        this.processLock = processLock;
        this.keepOpen = keepOpen;
        this.headFile = new HeadFile(settings.ledgerDir());
        this.lockFile = settings.ledgerDir().resolve(LOCK_FILE);
        this.lockWait = settings.lockWait();
    }

    static LedgerDatabase open(LedgerSettings settings, Access access) throws EvidenceException {
        Properties credentials = new Properties();
        if (settings.user() != null) credentials.setProperty("user", settings.user());
        if (settings.password() != null) credentials.setProperty("password", settings.password());
        if (settings.embeddedDatabase()) return openEmbedded(settings, credentials, access);
        if (!DatabaseUrls.isSupported(settings.jdbcUrl())) {
            throw new LedgerStorageException("unsupported database URL '" + DatabaseUrls.redact(settings.jdbcUrl())
                    + "' (use jdbc:postgresql://HOST[:PORT]/DATABASE, or jdbc:h2:...)");
        }
        return openServer(settings, credentials, access);
    }

    private static LedgerDatabase openEmbedded(LedgerSettings settings, Properties credentials, Access access) throws EvidenceException {
        Path dir = settings.ledgerDir();
        HeadFile headFile = new HeadFile(dir);
        Path dbFile = DatabaseUrls.embeddedFile(dir);
        if (access == Access.READ && !Files.isDirectory(dir)) throw noLedger(dir.toString());
        if (access == Access.WRITE) createPrivateDir(dir);
        Path lockFile = dir.resolve(LOCK_FILE);
        // A reader does not create the lock file; without one, no writer has ever opened this database.
        ProcessLock lock = access == Access.WRITE ? ProcessLock.acquire(lockFile, settings.lockWait())
                : ProcessLock.acquireExisting(lockFile, settings.lockWait());
        try {
            Optional<ChainHead> expected = headFile.read();
            if (!Files.exists(dbFile)) {
                if (expected.isPresent() && expected.get().recordCount() > 0) {
                    throw new LedgerLossException("the database file " + dbFile + " is missing, but " + says(headFile, expected.get())
                            + "; restore the database from a backup");
                }
                if (access == Access.READ) throw noLedger(dir.toString());
                if (expected.isEmpty()) headFile.create(ChainHead.EMPTY); // before the database, so a new ledger is never without one
            } else {
                if (Files.size(dbFile) == 0) {
                    throw new LedgerLossException("the database file " + dbFile + " is empty (0 bytes)"
                            + expected.map(h -> ", but " + says(headFile, h)).orElse("") + "; restore the database from a backup");
                }
                Connection readOnly = openExisting(DatabaseUrls.embeddedReadOnly(dir), credentials, "the database file " + dbFile);
                if (access == Access.READ) return new LedgerDatabase(DatabaseUrls.embeddedReadOnly(dir), credentials, lock, readOnly, settings);
                try (readOnly) {
                    headFile.requireIn(readOnly); // before H2 opens it for writing, which would roll a damaged file back and rewrite it
                }
            }
            String url = DatabaseUrls.embedded(dir);
            // H2 closes an embedded database with its last connection; one held open spares a reopen per operation.
            Connection keepOpen = DriverManager.getConnection(url, credentials);
            migrate(url, credentials);
            return new LedgerDatabase(url, credentials, lock, keepOpen, settings);
        } catch (SQLException | IOException | EvidenceException e) {
            if (lock != null) lock.close();
            if (e instanceof EvidenceException ee) throw ee;
            throw new LedgerStorageException("cannot open the evidence database in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static LedgerDatabase openServer(LedgerSettings settings, Properties credentials, Access access) throws EvidenceException {
        String url = settings.jdbcUrl();
        HeadFile headFile = new HeadFile(settings.ledgerDir());
        Optional<ChainHead> expected = headFile.read();
        Properties connectAs = credentials;
        if (access == Access.READ) {
            connectAs = new Properties();
            connectAs.putAll(credentials);
            if (DatabaseUrls.isPostgres(url)) {
                connectAs.setProperty("readOnly", "true");
                connectAs.setProperty("readOnlyMode", "always"); // read-only even outside explicit transactions
            }
        }
        if (access == Access.READ && !DatabaseUrls.isPostgres(url)) url = url + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        boolean hasTables;
        try (Connection c = DriverManager.getConnection(url, connectAs)) {
            hasTables = LedgerReader.tablesPresent(c);
            if (hasTables) {
                LedgerReader.requireHeadRow(c, DatabaseUrls.redact(url));
                if (access == Access.WRITE) headFile.requireIn(c);
            }
        } catch (SQLException e) {
            throw new LedgerStorageException("cannot reach the evidence database " + DatabaseUrls.redact(url) + ": " + e.getMessage(), e);
        }
        if (!hasTables) {
            if (expected.isPresent() && expected.get().recordCount() > 0) {
                throw new LedgerLossException("the database " + DatabaseUrls.redact(url) + " has no ledger tables, but "
                        + says(headFile, expected.get()) + "; restore the database from a backup");
            }
            if (access == Access.READ) throw noLedger("the database " + DatabaseUrls.redact(url));
            createPrivateDir(settings.ledgerDir());
            if (expected.isEmpty()) headFile.create(ChainHead.EMPTY);
        }
        if (access == Access.WRITE) migrate(url, credentials);
        return new LedgerDatabase(url, connectAs, null, null, settings);
    }

    /** Opens an existing database read-only; one that cannot be opened at all is reported as lost. */
    private static Connection openExisting(String url, Properties credentials, String what) throws LedgerLossException, SQLException {
        Connection c;
        try {
            c = DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            throw new LedgerLossException(what + " cannot be read (" + firstLine(e.getMessage()) + "); restore it from a backup", e);
        }
        try {
            if (!LedgerReader.tablesPresent(c)) throw new LedgerLossException(what + " holds no ledger tables; restore it from a backup");
            LedgerReader.requireHeadRow(c, what);
            return c;
        } catch (LedgerLossException | SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static String says(HeadFile headFile, ChainHead head) {
        return "the head file " + headFile.path() + " says the ledger had " + head.recordCount() + " record"
                + (head.recordCount() == 1 ? "" : "s") + " (checkpoint " + head.checkpoint() + ")";
    }

    private static NoLedgerException noLedger(String where) {
        return new NoLedgerException("no evidence ledger in " + where
                + " (bulwark evidence add records the first piece of evidence; --ledger-dir or --db names another ledger)");
    }

    /** The head file beside this database. */
    HeadFile headFile() {
        return headFile;
    }

    /**
     * Moves the head file forward after a commit, holding the ledger directory's lock: the one this
     * database holds already (embedded), else taken for the moment of writing.
     */
    void recordHead(ChainHead head) throws LedgerStorageException {
        if (processLock != null) {
            headFile.advance(head);
            return;
        }
        createPrivateDir(lockFile.getParent());
        try (ProcessLock lock = ProcessLock.acquire(lockFile, lockWait)) {
            headFile.advance(head);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    boolean isPostgres() {
        return DatabaseUrls.isPostgres(url);
    }

    private static void migrate(String url, Properties credentials) throws LedgerStorageException {
        try {
            Flyway.configure()
                    .dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
                    .locations(MIGRATIONS)
                    .table(HISTORY_TABLE)
                    .loggers(MigrationLog.class.getName())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new LedgerStorageException("cannot open or update the evidence database " + DatabaseUrls.redact(url)
                    + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static void createPrivateDir(Path dir) throws LedgerStorageException {
        if (Files.isDirectory(dir)) return;
        try {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another process made it first
        } catch (IOException e) {
            throw new LedgerStorageException("cannot create the ledger directory " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (keepOpen != null) keepOpen.close();
        } catch (SQLException ignored) {
            // closing: nothing useful to do about it
        } finally {
            if (processLock != null) processLock.close();
        }
    }
}
