package dev.bulwark.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What sort of recurring work an evidence record shows was done; written in records as its slug. */
public enum EvidenceKind {
    ACCESS_REVIEW("access-review"),
    VULNERABILITY_SCAN("vulnerability-scan"),
    RESTORE_TEST("restore-test"),
    KEY_ROTATION("key-rotation"),
    CHANGE_APPROVAL("change-approval"),
    DOCUMENT_REVIEW("document-review"),
    INCIDENT_EXERCISE("incident-exercise"),
    OTHER("other");

    private final String slug;

    EvidenceKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<EvidenceKind> fromSlug(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.slug.equals(wanted)).findFirst();
    }

    /** All slugs, comma-separated, for messages and help. */
    public static String allSlugs() {
        return Arrays.stream(values()).map(EvidenceKind::slug).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return slug;
    }
}
