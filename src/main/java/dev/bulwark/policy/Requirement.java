package dev.bulwark.policy;

import java.util.List;
import java.util.Set;

/**
 * One requirement of the policy, e.g. 3.4.2. {@code coveredBy} names requirements whose checks
 * stand for this one (3.1.3 "encryption" is checked through 3.4.1 and 3.4.2).
 */
public record Requirement(String id, String title, Set<RequirementKind> kinds, String sectionId, String sectionTitle,
                          List<String> soc2, List<String> coveredBy) {
    public Requirement {
        kinds = Set.copyOf(kinds);
        soc2 = List.copyOf(soc2);
        coveredBy = List.copyOf(coveredBy);
    }

    public boolean isConfig() {
        return kinds.contains(RequirementKind.CONFIG);
    }
}
