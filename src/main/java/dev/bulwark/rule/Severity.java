package dev.bulwark.rule;

import java.util.Locale;

/** How much a failed check matters, in increasing order. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** Parses LOW/low/Low…; null when the text names no severity. */
    public static Severity parse(String text) {
        if (text == null) return null;
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
