package dev.bulwark.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The dates options such as {@code --since} and {@code --until} take. */
final class DateOption {
    private DateOption() {}

    /**
     * A date ({@code 2026-03-01}: from the start of that day in UTC, or through its end for the end
     * of a period) or a time with an offset ({@code 2026-03-01T09:00:00Z}).
     *
     * @throws IllegalArgumentException with a message for the user naming {@code option}
     */
    static Instant parse(String text, String option, boolean endOfDay) {
        String t = text.strip();
        try {
            LocalDate d = LocalDate.parse(t);
            return endOfDay ? d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1) : d.atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException notATime) {
                throw new IllegalArgumentException(option + " must be a date like 2026-03-01 or a time like 2026-03-01T09:00:00Z, got '" + text + "'");
            }
        }
    }
}
