package dev.bulwark.process;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether recurring work is within its cadence on a given day. Work done on day D with a cadence
 * of N days is due on D + N: on that day it is still in time (due today), the day after it is
 * overdue by one day. Within {@value #DUE_SOON_DAYS} days of the due date it is due soon.
 *
 * @param last        when it was last done, or null when never
 * @param due         when it is next due, or null when never done
 * @param cadenceDays the cadence it is judged against
 * @param days        days overdue (FAIL with a last date), days left (PASS, DUE_SOON), 0 when never done
 */
public record Timeliness(ProcessStatus status, LocalDate last, LocalDate due, int cadenceDays, long days) {
    public static final int DUE_SOON_DAYS = 14;

    public static Timeliness judge(LocalDate last, int cadenceDays, LocalDate today) {
        if (last == null) return new Timeliness(ProcessStatus.FAIL, null, null, cadenceDays, 0);
        LocalDate due = last.plusDays(cadenceDays);
        long left = ChronoUnit.DAYS.between(today, due);
        if (left < 0) return new Timeliness(ProcessStatus.FAIL, last, due, cadenceDays, -left);
        return new Timeliness(left <= DUE_SOON_DAYS ? ProcessStatus.DUE_SOON : ProcessStatus.PASS, last, due, cadenceDays, left);
    }

    public boolean never() {
        return last == null;
    }

    public boolean overdue() {
        return status == ProcessStatus.FAIL && last != null;
    }

    /** "overdue by 12 days", "due today", "due in 9 days", "never done". */
    public String phrase() {
        if (never()) return "never done";
        if (overdue()) return "overdue by " + days(days);
        if (days == 0) return "due today";
        return "due in " + days(days);
    }

    static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
