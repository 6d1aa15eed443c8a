package dev.bulwark.engine.pack;

import dev.bulwark.evidence.EvidenceRecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The audit period, both days included: the evidence records performed in it are the ones the
 * pack lists for the auditor. {@link #ALL} is every record.
 */
public record AuditPeriod(LocalDate from, LocalDate to) {
    public static final AuditPeriod ALL = new AuditPeriod(null, null);

    /** {@code FROM..TO} with ISO dates, e.g. {@code 2026-01-01..2026-06-30}. */
    public static AuditPeriod parse(String text) throws AuditPackException {
        int dots = text.indexOf("..");
        if (dots < 0) throw new AuditPackException("--period must be FROM..TO with ISO dates, e.g. 2026-01-01..2026-06-30, got '" + text + "'");
        LocalDate from = date(text.substring(0, dots).strip(), text);
        LocalDate to = date(text.substring(dots + 2).strip(), text);
        if (to.isBefore(from)) throw new AuditPackException("--period " + text + " ends before it starts");
        return new AuditPeriod(from, to);
    }

    private static LocalDate date(String part, String whole) throws AuditPackException {
        try {
            return LocalDate.parse(part);
        } catch (DateTimeParseException e) {
            throw new AuditPackException("--period " + whole + ": '" + part + "' is not a date like 2026-01-31");
        }
    }

    public boolean isAll() {
        return from == null;
    }

    /** Whether the record's work was performed in the period (by the date it gives, in its own offset). */
    public boolean contains(EvidenceRecord r) {
        if (isAll()) return true;
        LocalDate d = r.performedAt().date();
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** "2026-01-01..2026-06-30", or "all records". */
    public String display() {
        return isAll() ? "all records" : from + ".." + to;
    }
}
