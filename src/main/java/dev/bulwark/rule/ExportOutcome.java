package dev.bulwark.rule;

import dev.bulwark.finding.Item;
import dev.bulwark.model.SourceLocation;

import java.util.Objects;

/**
 * One result of an export check: PASS, FAIL or UNKNOWN about one subject (a user, a leaver, a
 * scanned target, a host), a message that names the actual values, and the line of the export it
 * comes from.
 *
 * @param item what the outcome is about when the subject alone does not say it (a CVE in a package), or null
 */
public record ExportOutcome(Status status, String subject, String message, SourceLocation location, Item item) {
    public ExportOutcome(Status status, String subject, String message, SourceLocation location) {
        this(status, subject, message, location, null);
    }

    public ExportOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    public static ExportOutcome pass(String subject, String message, String file, int line) {
        return new ExportOutcome(Status.PASS, subject, message, at(file, line));
    }

    public static ExportOutcome fail(String subject, String message, String file, int line) {
        return new ExportOutcome(Status.FAIL, subject, message, at(file, line));
    }

    public static ExportOutcome unknown(String subject, String message, String file, int line) {
        return new ExportOutcome(Status.UNKNOWN, subject, message, at(file, line));
    }

    public ExportOutcome withItem(Item i) {
        return new ExportOutcome(status, subject, message, location, i);
    }

    /** A whole line of an export: exports have no meaningful column. */
    private static SourceLocation at(String file, int line) {
        return new SourceLocation(file, line, 1, line, 1);
    }
}
