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
import java.util.Properties;

/**
 * Opens the ledger's database (the embedded H2 file by default, else the given JDBC URL), brings its
 * schema up to date with the migrations in {@code db/evidence}, and hands out connections.
 */
final class LedgerDatabase implements AutoCloseable {
    private static final String MIGRATIONS = "classpath:db/evidence";
    private static final String HISTORY_TABLE = "evidence_schema_history";

    private final String url;
    private final Properties credentials;
    private final ProcessLock processLock;
    private final Connection keepOpen;

    private LedgerDatabase(String url, Properties credentials, ProcessLock processLock, Connection keepOpen) {
        this.url = url;
        this.credentials = credentials;
        this.processLock = processLock;
        this.keepOpen = keepOpen;
    }

    static LedgerDatabase open(LedgerSettings settings) throws LedgerStorageException {
        Properties credentials = new Properties();
        if (settings.user() != null) credentials.setProperty("user", settings.user());
        if (settings.password() != null) credentials.setProperty("password", settings.password());
        if (!settings.embeddedDatabase()) {
            if (!DatabaseUrls.isSupported(settings.jdbcUrl())) {
                throw new LedgerStorageException("unsupported database URL '" + DatabaseUrls.redact(settings.jdbcUrl())
                        + "' (use jdbc:postgresql://HOST[:PORT]/DATABASE, or jdbc:h2:...)");
            }
            migrate(settings.jdbcUrl(), credentials);
            return new LedgerDatabase(settings.jdbcUrl(), credentials, null, null);
        }
        createPrivateDir(settings.ledgerDir());
        ProcessLock lock = ProcessLock.acquire(settings.ledgerDir().resolve("evidence.lock"), settings.lockWait());
        String url = DatabaseUrls.embedded(settings.ledgerDir());
        try {
            // H2 closes an embedded database with its last connection; one held open spares a reopen per operation.
            Connection keepOpen = DriverManager.getConnection(url, credentials);
            migrate(url, credentials);
            return new LedgerDatabase(url, credentials, lock, keepOpen);
        } catch (SQLException | LedgerStorageException e) {
            lock.close();
            if (e instanceof LedgerStorageException lse) throw lse;
            throw new LedgerStorageException("cannot open the evidence database in " + settings.ledgerDir() + ": " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    boolean isPostgres() {
        return DatabaseUrls.isPostgres(url);
    }

    /** The database as shown to people: its URL without any password. */
    String describe() {
        return DatabaseUrls.redact(url);
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
