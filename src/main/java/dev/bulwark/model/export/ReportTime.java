package dev.bulwark.model.export;

import java.time.Instant;
import java.util.Optional;

/**
 * A time column of the IAM credential report: an instant, or one of the words AWS writes instead
 * ({@code N/A}: no such credential; {@code no_information}: never used, or not tracked;
 * {@code not_supported}: does not apply to the root user). Exactly one of the two is set.
 */
public record ReportTime(Instant instant, String word) {
    public static final ReportTime NOT_APPLICABLE = new ReportTime(null, "N/A");
    public static final ReportTime NO_INFORMATION = new ReportTime(null, "no_information");
    public static final ReportTime NOT_SUPPORTED = new ReportTime(null, "not_supported");

    public ReportTime {
        if ((instant == null) == (word == null)) throw new IllegalArgumentException("a report time is an instant or a word, not both or neither");
    }

    public static ReportTime at(Instant instant) {
        return new ReportTime(instant, null);
    }

    public boolean known() {
        return instant != null;
    }

    public Optional<Instant> asInstant() {
        return Optional.ofNullable(instant);
    }

    @Override
    public String toString() {
        return instant != null ? instant.toString() : word;
    }
}
