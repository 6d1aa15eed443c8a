package dev.bulwark.rule;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * When a vulnerability was first seen in a package of a target, by the earliest ingested scan that
 * reported it (the evidence ledger knows). Empty when no earlier scan is recorded.
 */
@FunctionalInterface
public interface FirstSeen {
    Optional<Instant> firstSeen(String target, String vulnerabilityId, String packageName);

    /** Nothing recorded: every age falls back to the advisory's publication date. */
    FirstSeen NONE = (target, vulnerabilityId, packageName) -> Optional.empty();

    /** One vulnerability in one package of one target. */
    record Key(String target, String vulnerabilityId, String packageName) {}

    static FirstSeen of(Map<Key, Instant> dates) {
        Map<Key, Instant> copy = Map.copyOf(dates);
        return (target, vulnerabilityId, packageName) -> Optional.ofNullable(copy.get(new Key(target, vulnerabilityId, packageName)));
    }
}
