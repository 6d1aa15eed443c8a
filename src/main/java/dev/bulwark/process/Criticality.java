package dev.bulwark.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How much the business depends on a system; {@code critical} systems need restore tests and runbooks. */
public enum Criticality {
    CRITICAL, HIGH, MEDIUM, LOW;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Criticality> fromSlug(String text) {
        return Arrays.stream(values()).filter(c -> c.slug().equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String allSlugs() {
        return Arrays.stream(values()).map(Criticality::slug).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return slug();
    }
}
