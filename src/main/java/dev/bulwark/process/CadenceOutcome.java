package dev.bulwark.process;

import java.util.List;

/**
 * One cadence check over all the systems it applies to.
 *
 * @param cadenceDays the cadence in force
 * @param results     one per system (or the scope all), in the order the systems are declared
 * @param emptyReason when there are no results: why (no systems declared, none production, none critical)
 * @param covered     false when the check could not apply because no systems are declared at all
 */
public record CadenceOutcome(CadenceCheck check, int cadenceDays, List<ProcessResult> results, String emptyReason, boolean covered) {
    public CadenceOutcome {
        results = List.copyOf(results);
    }
}
