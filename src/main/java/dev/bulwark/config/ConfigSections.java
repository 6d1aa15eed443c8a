package dev.bulwark.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The top-level sections of {@code .bulwark.yaml}, declared once. Each command reads only the
 * sections it needs, but every reader rejects a section not listed here, so that a misspelt
 * section name is an error wherever the file is read instead of a setting silently left out.
 */
public final class ConfigSections {
    public static final String FILE_NAME = ".bulwark.yaml";

    /** Every section, in the order the documentation lists them. */
    public static final List<String> ALL = List.of(
            "fail_on", "skip", "settings", "suppressions",   // bulwark scan (settings also for ingest and status)
            "modules",                                       // bulwark scan, inspect and status --scan
            "kubernetes",                                    // bulwark scan: Pod Security Standards profiles per namespace
            "systems", "cadences", "documents",              // bulwark status
            "roles",                                         // bulwark ingest and status
            "changes",                                       // bulwark changes, status --changes
            "database");                                     // the evidence ledger's shared database

    private ConfigSections() {}

    /** The first top-level key of {@code root} that is not a section, if any. */
    public static Optional<String> firstUnknown(JsonNode root) {
        if (root == null || !root.isObject()) return Optional.empty();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ALL.contains(key)) return Optional.of(key);
        }
        return Optional.empty();
    }

    /** What to say about an unknown top-level key. */
    public static String unknownMessage() {
        return "unknown section (the sections are " + String.join(", ", ALL) + ")";
    }
}
