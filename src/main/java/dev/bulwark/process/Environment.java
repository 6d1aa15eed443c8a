package dev.bulwark.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a system runs. A closed list on purpose: only {@code production} makes a system need
 * vulnerability scans, so a misspelt environment must be an error rather than a silent exemption.
 */
public enum Environment {
    PRODUCTION, STAGING, QA, TEST, DEVELOPMENT, SANDBOX;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Environment> fromSlug(String text) {
        return Arrays.stream(values()).filter(e -> e.slug().equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String allSlugs() {
        return Arrays.stream(values()).map(Environment::slug).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return slug();
    }
}
