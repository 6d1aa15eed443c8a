package dev.bulwark.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the work was performed, as precisely as it was given: a calendar date ({@code 2026-03-31})
 * or a date-time with offset ({@code 2026-03-31T14:30Z}). A date-time without an offset is taken
 * as UTC, so the stored text never depends on the machine's time zone.
 */
public record PerformedAt(String text, LocalDate date, Instant instant) {
    public PerformedAt {
        if (text == null || date == null || instant == null) throw new IllegalArgumentException("incomplete PerformedAt");
    }

    /** Parses an ISO date or date-time; empty when the text is neither. */
    public static Optional<PerformedAt> parse(String input) {
        String s = input.trim();
        if (s.length() > 10 && s.charAt(10) == ' ') s = s.substring(0, 10) + 'T' + s.substring(11);
        try {
            LocalDate d = LocalDate.parse(s);
            return Optional.of(new PerformedAt(d.toString(), d, d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        } catch (DateTimeParseException notADate) {
            // try the date-time forms below
        }
        try {
            return Optional.of(of(OffsetDateTime.parse(s)));
        } catch (DateTimeParseException notOffset) {
            // try without an offset
        }
        try {
            return Optional.of(of(LocalDateTime.parse(s).atOffset(ZoneOffset.UTC)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static PerformedAt of(OffsetDateTime t) {
        return new PerformedAt(t.toString(), t.toLocalDate(), t.toInstant());
    }

    /** True when only a calendar date was given. */
    public boolean isDateOnly() {
        return text.length() == 10;
    }

    @Override
    public String toString() {
        return text;
    }
}
