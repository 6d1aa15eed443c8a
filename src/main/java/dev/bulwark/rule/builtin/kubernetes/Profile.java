package dev.bulwark.rule.builtin.kubernetes;

import java.util.Locale;

/** The Pod Security Standards profiles, from the most permissive; each includes the ones before it. */
enum Profile {
    PRIVILEGED, BASELINE, RESTRICTED;

    static Profile parse(String s) {
        if (s == null) return null;
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean covers(Profile other) {
        return compareTo(other) >= 0;
    }
}
