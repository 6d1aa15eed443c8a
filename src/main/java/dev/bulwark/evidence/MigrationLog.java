package dev.bulwark.evidence;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log, kept off the command's output: schema migrations are routine, and a failed one
 * surfaces as an exception with its own message. Set BULWARK_DEBUG=1 to see everything on stderr.
 * Public with a no-argument constructor because Flyway instantiates it by class name.
 */
public final class MigrationLog implements LogCreator, Log {
    private final boolean debug = "1".equals(System.getenv("BULWARK_DEBUG"));

    @Override
    public Log createLogger(Class<?> clazz) {
        return this;
    }

    @Override
    public void debug(String message) {
        print("debug", message);
    }

    @Override
    public void info(String message) {
        print("info", message);
    }

    @Override
    public void notice(String message) {
        print("notice", message);
    }

    @Override
    public void warn(String message) {
        print("warning", message);
    }

    @Override
    public void error(String message) {
        print("error", message);
    }

    @Override
    public void error(String message, Exception e) {
        print("error", message + ": " + e);
    }

    private void print(String level, String message) {
        if (debug) System.err.println("bulwark: database migration " + level + ": " + message);
    }
}
