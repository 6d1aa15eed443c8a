package dev.bulwark.process;

import java.util.Locale;

/**
 * One side of a requirement (its configuration, its evidence, its documents, the exports and change
 * history judged by rules) with its status and a one-line summary.
 */
public record Part(Kind kind, LineStatus status, String summary) {
    public enum Kind {
        CONFIG, EVIDENCE, DOCUMENTS, EXPORTS;

        public String label() {
            return this == EXPORTS ? "exports and history" : name().toLowerCase(Locale.ROOT);
        }
    }
}
