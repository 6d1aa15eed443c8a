package dev.bulwark.process;

import java.util.Locale;

/** One side of a requirement (its configuration, its evidence, its documents) with its status and a one-line summary. */
public record Part(Kind kind, LineStatus status, String summary) {
    public enum Kind {
        CONFIG, EVIDENCE, DOCUMENTS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
