package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code formatdate} and {@code timeadd}: RFC 3339 timestamps in, deterministic text out. */
final class DateFunctions {
    private static final Pattern RFC3339 = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:[.,]([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Map<String, Long> UNITS = Map.of(
            "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private DateFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.of("formatdate", 2, a -> Value.of(formatDate(a, a.string(0), parse(a, 1, a.string(1))))),
                Builtin.of("timecmp", 2, a -> Value.of(Integer.signum(
                        parse(a, 0, a.string(0)).toInstant().compareTo(parse(a, 1, a.string(1)).toInstant())))),
                Builtin.of("timeadd", 2, a -> {
                    OffsetDateTime t = parse(a, 0, a.string(0));
                    long nanos = duration(a, a.string(1));
                    try {
                        return Value.of(rfc3339(t.plusNanos(nanos)));
                    } catch (DateTimeException e) {
                        throw a.error("the result is outside the supported range of dates");
                    }
                }));
    }

    /** Go's {@code time.RFC3339} layout: whole seconds, "Z" for UTC. */
    static String rfc3339(OffsetDateTime t) {
        String date = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d",
                t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        return date + zoneOrZ(t.getOffset(), true);
    }

    private static String zone(ZoneOffset offset, boolean colon) {
        int total = offset.getTotalSeconds();
        char sign = total < 0 ? '-' : '+';
        int abs = Math.abs(total);
        String hh = String.format(Locale.ROOT, "%02d", abs / 3600);
        String mm = String.format(Locale.ROOT, "%02d", abs / 60 % 60);
        return sign + hh + (colon ? ":" : "") + mm;
    }

    private static String zoneOrZ(ZoneOffset offset, boolean colon) {
        return offset.getTotalSeconds() == 0 ? "Z" : zone(offset, colon);
    }

    static OffsetDateTime parse(Args a, int arg, String s) throws FunctionException {
        Matcher m = RFC3339.matcher(s);
        if (!m.matches()) {
            throw a.argError(arg, "is not a valid RFC 3339 timestamp (like \"2006-01-02T15:04:05Z\"): " + Json.quote(s));
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                String frac = (m.group(7) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(frac);
            }
            ZoneOffset offset = ZoneOffset.UTC;
            String zone = m.group(8);
            if (!zone.equals("Z")) {
                int hours = Integer.parseInt(zone.substring(1, 3));
                int minutes = Integer.parseInt(zone.substring(4, 6));
                if (hours > 23 || minutes > 59) {
                    throw new DateTimeException("UTC offset out of range");
                }
                int seconds = hours * 3600 + minutes * 60;
                offset = ZoneOffset.ofTotalSeconds(zone.startsWith("-") ? -seconds : seconds);
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), nanos);
            return local.atOffset(offset);
        } catch (DateTimeException e) {
            throw a.argError(arg, "is not a valid RFC 3339 timestamp: " + Json.quote(s) + " (" + e.getMessage() + ")");
        }
    }

    /** Go's {@code time.ParseDuration}, in nanoseconds. */
    static long duration(Args a, String original) throws FunctionException {
        String s = original;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw a.error("invalid duration " + Json.quote(original));
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80) {
                i++;
            }
            boolean digitsBefore = i > start;
            boolean digitsAfter = false;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fracStart = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                digitsAfter = i > fracStart;
            }
            if (!digitsBefore && !digitsAfter) {
                throw a.error("invalid duration " + Json.quote(original));
            }
            BigDecimal number = new BigDecimal(s.substring(start, i).endsWith(".") ? s.substring(start, i - 1)
                    : s.substring(start, i).startsWith(".") ? "0" + s.substring(start, i) : s.substring(start, i));
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                i++;
            }
            if (i == unitStart) {
                throw a.error("missing unit in duration " + Json.quote(original));
            }
            String unit = s.substring(unitStart, i);
            Long nanosPerUnit = UNITS.get(unit);
            if (nanosPerUnit == null) {
                throw a.error("unknown unit " + Json.quote(unit) + " in duration " + Json.quote(original));
            }
            total = total.add(number.multiply(BigDecimal.valueOf(nanosPerUnit)));
            if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw a.error("invalid duration " + Json.quote(original) + ": too long");
            }
        }
        long nanos = total.setScale(0, RoundingMode.DOWN).longValueExact();
        return negative ? -nanos : nanos;
    }

    static String formatDate(Args a, String format, OffsetDateTime t) throws FunctionException {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '\'') {
                i = quoted(a, format, i, out);
            } else if (isLetter(c)) {
                int j = i;
                while (j < format.length() && format.charAt(j) == c) {
                    j++;
                }
                out.append(verb(a, format.substring(i, j), t));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A quoted literal starting at {@code start}; a doubled quote stands for one quote. Returns the next index. */
    private static int quoted(Args a, String format, int start, StringBuilder out) throws FunctionException {
        if (start + 1 < format.length() && format.charAt(start + 1) == '\'') {
            out.append('\'');
            return start + 2;
        }
        int i = start + 1;
        StringBuilder literal = new StringBuilder();
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '\'') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                out.append(literal);
                return i + 1;
            }
            literal.append(c);
            i++;
        }
        throw a.argError(0, "has an unterminated literal starting with ' at offset " + start);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String verb(Args a, String v, OffsetDateTime t) throws FunctionException {
        int n = v.length();
        String result = switch (v.charAt(0)) {
            case 'Y' -> n == 2 ? two(Math.floorMod(t.getYear(), 100)) : n == 4 ? String.format(Locale.ROOT, "%04d", t.getYear()) : null;
            case 'M' -> switch (n) {
                case 1 -> String.valueOf(t.getMonthValue());
                case 2 -> two(t.getMonthValue());
                case 3 -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case 4 -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                default -> null;
            };
            case 'D' -> n == 1 ? String.valueOf(t.getDayOfMonth()) : n == 2 ? two(t.getDayOfMonth()) : null;
            case 'E' -> n == 3 ? t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    : n == 4 ? t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) : null;
            case 'h' -> n == 1 ? String.valueOf(t.getHour()) : n == 2 ? two(t.getHour()) : null;
            case 'H' -> {
                int h12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
                yield n == 1 ? String.valueOf(h12) : n == 2 ? two(h12) : null;
            }
            case 'A' -> n == 2 ? (t.getHour() < 12 ? "AM" : "PM") : null;
            case 'a' -> n == 2 ? (t.getHour() < 12 ? "am" : "pm") : null;
            case 'm' -> n == 1 ? String.valueOf(t.getMinute()) : n == 2 ? two(t.getMinute()) : null;
            case 's' -> n == 1 ? String.valueOf(t.getSecond()) : n == 2 ? two(t.getSecond()) : null;
            case 'Z' -> switch (n) {
                case 1 -> zoneOrZ(t.getOffset(), true);
                case 3 -> t.getOffset().getTotalSeconds() == 0 ? "UTC" : zone(t.getOffset(), false);
                case 4 -> zone(t.getOffset(), false);
                case 5 -> zone(t.getOffset(), true);
                default -> null;
            };
            default -> null;
        };
        if (result == null) {
            throw a.argError(0, "has an invalid date format verb " + Json.quote(v) + VERB_HINTS.getOrDefault(v.charAt(0), ""));
        }
        return result;
    }

    private static final Map<Character, String> VERB_HINTS = Map.ofEntries(
            Map.entry('Y', ": year must be YY or YYYY"), Map.entry('M', ": month must be M, MM, MMM or MMMM"),
            Map.entry('D', ": day of month must be D or DD"), Map.entry('E', ": day of week must be EEE or EEEE"),
            Map.entry('h', ": 24-hour must be h or hh"), Map.entry('H', ": 12-hour must be H or HH"),
            Map.entry('A', ": must be AA"), Map.entry('a', ": must be aa"), Map.entry('m', ": minute must be m or mm"),
            Map.entry('s', ": second must be s or ss"), Map.entry('Z', ": timezone must be Z, ZZZ, ZZZZ or ZZZZZ"));

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }
}
