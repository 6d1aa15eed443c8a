package dev.bulwark.rule.builtin.exports;

import dev.bulwark.model.export.ReportTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Ages and deadlines, and how messages spell them. Whole days and hours are rounded down. */
final class Ages {
    private Ages() {}

    /** True when more than {@code days} whole days have passed between {@code since} and {@code now}. */
    static boolean olderThanDays(Instant since, Instant now, long days) {
        return since.plus(Duration.ofDays(days)).isBefore(now);
    }

    static long daysBetween(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }

    /** The UTC date, e.g. 2026-05-04. */
    static String date(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
    }

    static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    static String hours(long n) {
        return n == 1 ? "1 hour" : n + " hours";
    }

    /** How late something is, in whole hours ("less than an hour" below one). */
    static String lateBy(Duration d) {
        long h = d.toHours();
        return h == 0 ? "less than an hour" : hours(h);
    }

    /** A credential report time as a reader wants it: a date, or the word AWS wrote. */
    static String describe(ReportTime t) {
        return t.known() ? date(t.instant()) : t.word();
    }
}
