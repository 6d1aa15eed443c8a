package dev.bulwark.rule.builtin.aws;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The longest time between two runs of a Secrets Manager {@code schedule_expression}: {@code rate(N days)},
 * {@code rate(N hours)} or a six-field {@code cron(minutes hours day-of-month month day-of-week year)}.
 * Cron day fields are decided when written as {@code *}, {@code ?}, numbers, names and ranges; steps,
 * {@code L}, {@code W}, {@code #} and limited years are left undecided rather than guessed.
 */
final class RotationSchedule {
    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minutes?|hours?|days?)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)", Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    /** 28 years repeat both the leap years and the weekdays of every date (until 2100), so gaps over them are all the gaps. */
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = FROM.plusYears(28);

    /** Either the longest gap in days, or why it cannot be decided. */
    record Gap(double days, String undecided) {
        static Gap of(double days) {
            return new Gap(days, null);
        }

        static Gap undecided(String why) {
            return new Gap(Double.NaN, why);
        }

        boolean decided() {
            return undecided == null;
        }
    }

    private RotationSchedule() {}

    static Gap longestGap(String expression) {
        String e = expression.trim();
        Matcher rate = RATE.matcher(e);
        if (rate.matches()) {
            double n = Double.parseDouble(rate.group(1));
            String unit = rate.group(2).toLowerCase(Locale.ROOT);
            return Gap.of(unit.startsWith("day") ? n : unit.startsWith("hour") ? n / 24 : n / 1440);
        }
        Matcher cron = CRON.matcher(e);
        if (cron.matches()) return cronGap(cron.group(1).trim().split("\\s+"));
        return Gap.undecided("it is neither rate(...) nor cron(...)");
    }

    private static Gap cronGap(String[] f) {
        if (f.length != 6) return Gap.undecided("a cron expression has 6 fields, this one has " + f.length);
        String dom = f[2], month = f[3], dow = f[4], year = f[5];
        if (!year.equals("*")) return Gap.undecided("its year field '" + year + "' limits the years it runs in");
        if (dom.equals("?") == dow.equals("?")) return Gap.undecided("one of day-of-month and day-of-week must be '?'");
        Optional<IntPredicate> months = field(month, 1, 12, MONTHS, 1);
        Optional<IntPredicate> days = dom.equals("?") ? Optional.of(d -> true) : field(dom, 1, 31, null, 0);
        Optional<IntPredicate> weekdays = dow.equals("?") ? Optional.of(d -> true) : field(dow, 1, 7, DAYS, 1);
        if (months.isEmpty() || days.isEmpty() || weekdays.isEmpty()) {
            return Gap.undecided("its day or month fields use steps, L, W or # (only *, ?, numbers, names and ranges are interpreted)");
        }
        LocalDate previous = null;
        long longest = 0;
        for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
            if (!months.get().test(d.getMonthValue()) || !days.get().test(d.getDayOfMonth()) || !weekdays.get().test(awsWeekday(d.getDayOfWeek()))) continue;
            if (previous != null) longest = Math.max(longest, d.toEpochDay() - previous.toEpochDay());
            previous = d;
        }
        if (previous == null) return Gap.undecided("it matches no date");
        return Gap.of(Math.max(longest, 1));
    }

    /** AWS numbers weekdays 1 (Sunday) to 7 (Saturday). */
    private static int awsWeekday(DayOfWeek d) {
        return d.getValue() % 7 + 1;
    }

    /** A cron field of *, numbers, names and ranges as a test on its values; empty when it uses anything else. */
    private static Optional<IntPredicate> field(String text, int min, int max, String[] names, int firstName) {
        if (text.equals("*")) return Optional.of(v -> true);
        boolean[] on = new boolean[max + 1];
        for (String part : text.split(",")) {
            String[] range = part.split("-", -1);
            if (range.length > 2) return Optional.empty();
            Integer a = value(range[0], min, max, names, firstName);
            Integer b = range.length == 2 ? value(range[1], min, max, names, firstName) : a;
            if (a == null || b == null || b < a) return Optional.empty();
            for (int v = a; v <= b; v++) on[v] = true;
        }
        return Optional.of(v -> v <= max && on[v]);
    }

    private static Integer value(String text, int min, int max, String[] names, int firstName) {
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase(text)) return i + firstName;
            }
        }
        if (!text.matches("\\d{1,2}")) return null;
        int v = Integer.parseInt(text);
        return v < min || v > max ? null : v;
    }
}
