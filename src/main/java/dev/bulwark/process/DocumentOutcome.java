package dev.bulwark.process;

import java.util.List;

/**
 * The checks on one kind of document.
 *
 * @param results     the results, documents first (in configuration order), then per critical system for runbooks
 * @param emptyReason when there are no results: why (not configured, no critical systems)
 * @param covered     false when nothing could be checked because nothing is configured
 */
public record DocumentOutcome(DocumentKind kind, List<ProcessResult> results, String emptyReason, boolean covered) {
    public DocumentOutcome {
        results = List.copyOf(results);
    }
}
