package dev.bulwark.process;

import dev.bulwark.model.SourceLocation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often each piece of recurring work must be done, in days: per evidence requirement
 * ({@link CadenceCheck}) and for document reviews. Unset entries keep the defaults.
 *
 * @param evidenceDays  requirement id to days, for every {@link CadenceCheck}
 * @param documentDays  days between two reviews of a document
 * @param declaredAt    where each configured cadence is written, by requirement id or {@value #DOCUMENTS}
 */
public record Cadences(Map<String, Integer> evidenceDays, int documentDays, Map<String, SourceLocation> declaredAt) {
    /** The key under {@code cadences:} for document reviews. */
    public static final String DOCUMENTS = "documents";
    public static final int DEFAULT_DOCUMENT_DAYS = 365;

    public Cadences {
        evidenceDays = Map.copyOf(evidenceDays);
        declaredAt = Map.copyOf(declaredAt);
    }

    public static Cadences defaults() {
        Map<String, Integer> days = new LinkedHashMap<>();
        for (CadenceCheck c : CadenceCheck.values()) days.put(c.requirement(), c.defaultDays());
        return new Cadences(days, DEFAULT_DOCUMENT_DAYS, Map.of());
    }

    public int days(CadenceCheck check) {
        return evidenceDays.getOrDefault(check.requirement(), check.defaultDays());
    }

    public Optional<SourceLocation> declared(String key) {
        return Optional.ofNullable(declaredAt.get(key));
    }
}
