package dev.bulwark.process;

import dev.bulwark.finding.Finding;

import java.util.List;
import java.util.Locale;

/**
 * One side of a requirement (its configuration, its evidence, its documents, the exports and change
 * history judged by rules) with its status and a one-line summary.
 *
 * @param behind for the exports and history side: the findings that make it fail (or, when none
 *               fails, leave it undecided), each naming its item; empty for the other sides
 */
public record Part(Kind kind, LineStatus status, String summary, List<Finding> behind) {
    public Part {
        behind = List.copyOf(behind);
    }

    public Part(Kind kind, LineStatus status, String summary) {
        this(kind, status, summary, List.of());
    }

    public enum Kind {
        CONFIG, EVIDENCE, DOCUMENTS, EXPORTS;

        public String label() {
            return this == EXPORTS ? "exports and history" : name().toLowerCase(Locale.ROOT);
        }
    }
}
