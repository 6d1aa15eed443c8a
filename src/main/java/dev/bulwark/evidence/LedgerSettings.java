package dev.bulwark.evidence;

import dev.bulwark.policy.PolicyCatalogue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where a ledger lives and how it is reached.
 *
 * @param ledgerDir         the directory for the embedded database, its lock file and the key file
 *                          ({@code .bulwark} in the working directory by default)
 * @param jdbcUrl           a {@code jdbc:postgresql:} or {@code jdbc:h2:} URL, or null for the
 *                          embedded database in {@code ledgerDir}
 * @param user              database user, or null (PostgreSQL can also take it in the URL)
 * @param password          database password, or null
 * @param env               environment variables, for the key ({@value dev.bulwark.evidence.crypto.EvidenceKeys#ENV})
 * @param clock             stamps records' recorded-at, and bounds performed-at
 * @param lockWait          how long to wait for another process using the embedded database
 * @param requirementExists which requirement ids records may name
 */
public record LedgerSettings(Path ledgerDir, String jdbcUrl, String user, String password, Map<String, String> env,
                             Clock clock, Duration lockWait, Predicate<String> requirementExists) {
    public static final String DEFAULT_DIR = ".bulwark";
    /** Environment variables read by {@link #fromEnvironment}. */
    public static final String ENV_DB = "BULWARK_DB", ENV_DB_USER = "BULWARK_DB_USER", ENV_DB_PASSWORD = "BULWARK_DB_PASSWORD";

    public LedgerSettings {
        env = Map.copyOf(env);
        if (ledgerDir == null || clock == null || lockWait == null || requirementExists == null) {
            throw new IllegalArgumentException("incomplete ledger settings");
        }
    }

    /**
     * The settings a command line gets: {@code dbUrl} if given, else {@value #ENV_DB}, else the embedded
     * database; user and password from {@value #ENV_DB_USER} and {@value #ENV_DB_PASSWORD}; the bundled policy.
     */
    public static LedgerSettings fromEnvironment(Path ledgerDir, String dbUrl, Map<String, String> env, Clock clock) {
        String url = dbUrl != null && !dbUrl.isBlank() ? dbUrl : blankToNull(env.get(ENV_DB));
        return new LedgerSettings(ledgerDir, url, blankToNull(env.get(ENV_DB_USER)), blankToNull(env.get(ENV_DB_PASSWORD)),
                env, clock, Duration.ofSeconds(60), PolicyCatalogue.bundled()::exists);
    }

    /** The embedded database in {@code ledgerDir}, no key in the environment, the bundled policy. */
    public static LedgerSettings embedded(Path ledgerDir, Clock clock) {
        return new LedgerSettings(ledgerDir, null, null, null, Map.of(), clock, Duration.ofSeconds(60), PolicyCatalogue.bundled()::exists);
    }

    public LedgerSettings withDatabase(String url, String user, String password) {
        return new LedgerSettings(ledgerDir, url, user, password, env, clock, lockWait, requirementExists);
    }

    public LedgerSettings withEnv(Map<String, String> newEnv) {
        return new LedgerSettings(ledgerDir, jdbcUrl, user, password, newEnv, clock, lockWait, requirementExists);
    }

    public LedgerSettings withClock(Clock newClock) {
        return new LedgerSettings(ledgerDir, jdbcUrl, user, password, env, newClock, lockWait, requirementExists);
    }

    public boolean embeddedDatabase() {
        return jdbcUrl == null;
    }

    /** Where the records are, for messages: the embedded database's directory or the JDBC URL without password. */
    public String location() {
        return embeddedDatabase() ? ledgerDir.toString() : DatabaseUrls.redact(jdbcUrl);
    }

    /** Never shows the password or the environment (which may hold the key). */
    @Override
    public String toString() {
        return "LedgerSettings[ledgerDir=" + ledgerDir + ", jdbcUrl=" + DatabaseUrls.redact(jdbcUrl) + ", user=" + user + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
