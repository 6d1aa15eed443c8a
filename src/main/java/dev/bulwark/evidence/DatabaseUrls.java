package dev.bulwark.evidence;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** JDBC URLs the ledger accepts, and how they are shown in messages (without passwords). */
final class DatabaseUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private DatabaseUrls() {}

    /** The embedded database file, {@code evidence.mv.db} in the ledger directory. */
    static String embedded(Path ledgerDir) {
        // LOCK_TIMEOUT: an append waiting for another thread's append waits, rather than failing after H2's default 1 s
        return "jdbc:h2:file:" + ledgerDir.toAbsolutePath().resolve("evidence") + ";LOCK_TIMEOUT=30000";
    }

    /**
     * The embedded database opened read-only: H2 neither writes to the file (not even to roll a
     * damaged one back to an older state) nor creates it, and keeps no trace file beside it.
     */
    static String embeddedReadOnly(Path ledgerDir) {
        return embedded(ledgerDir) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
    }

    /** The file H2 keeps the embedded database in. */
    static Path embeddedFile(Path ledgerDir) {
        return ledgerDir.resolve("evidence.mv.db");
    }

    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    static boolean isSupported(String url) {
        return isPostgres(url) || url.startsWith("jdbc:h2:");
    }

    static String redact(String url) {
        return url == null ? null : PASSWORD.matcher(url).replaceAll("$1***");
    }
}
