package dev.bulwark.finding;

import java.util.List;

/**
 * An earlier scan's findings to compare with: only those that did not pass (FAIL and UNKNOWN), since a
 * pass is nothing to keep quiet about.
 *
 * @param source the baseline file as the user named it
 */
public record Baseline(String source, List<BaselineEntry> entries) {
    public Baseline {
        entries = List.copyOf(entries);
    }
}
