package dev.bulwark.source.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The time formats exports write, parsed strictly: null means "not a time in this format". */
final class ExportTimes {
    private static final DateTimeFormatter LYNIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private ExportTimes() {}

    /** ISO 8601 / RFC 3339 with an offset or Z ({@code 2026-05-01T08:30:00+00:00}, {@code 2026-05-01T08:30:00.5Z}). */
    static Instant offsetTime(String s) {
        try {
            return OffsetDateTime.parse(s.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An offset time, or a date alone meaning the start of that day in UTC. */
    static Instant offsetTimeOrDate(String s) {
        Instant t = offsetTime(s);
        if (t != null) return t;
        try {
            return LocalDate.parse(s.strip(), DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** xs:dateTime: with an offset, or without one (taken as UTC, since the writer gave no zone). */
    static Instant xmlDateTime(String s) {
        Instant t = offsetTime(s);
        if (t != null) return t;
        try {
            return LocalDateTime.parse(s.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Lynis's {@code 2026-05-01 08:30:00}, written in the host's local time without a zone. */
    static LocalDateTime lynisTime(String s) {
        try {
            return LocalDateTime.parse(s.strip(), LYNIS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
