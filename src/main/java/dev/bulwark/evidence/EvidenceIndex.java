package dev.bulwark.evidence;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers "what is the latest valid evidence for this requirement on this system" over a snapshot
 * of the ledger. Valid means not superseded by a later record. Latest means the latest
 * performed-at; between records performed at the same moment, the one recorded later.
 * (Whether the stored records are intact is {@link EvidenceLedger#verify()}'s question.)
 */
public final class EvidenceIndex {
    private static final Comparator<EvidenceRecord> LATEST_FIRST = Comparator
            .comparing((EvidenceRecord r) -> r.performedAt().instant())
            .thenComparingLong(EvidenceRecord::sequence)
            .reversed();

    private final List<EvidenceRecord> all;
    private final Map<String, String> supersededBy = new HashMap<>();

    private EvidenceIndex(List<EvidenceRecord> records) {
        this.all = List.copyOf(records);
        for (EvidenceRecord r : all) {
            if (r.supersedes() != null) supersededBy.putIfAbsent(r.supersedes(), r.id());
        }
    }

    public static EvidenceIndex of(List<EvidenceRecord> records) {
        return new EvidenceIndex(records);
    }

    /** Every record in chain order, superseded ones included. */
    public List<EvidenceRecord> all() {
        return all;
    }

    /** Records not superseded by another, in chain order. */
    public List<EvidenceRecord> valid() {
        return all.stream().filter(r -> !isSuperseded(r.id())).toList();
    }

    public boolean isSuperseded(String id) {
        return supersededBy.containsKey(id);
    }

    /** The id of the record that corrects {@code id}, if any. */
    public Optional<String> supersededBy(String id) {
        return Optional.ofNullable(supersededBy.get(id));
    }

    /** The latest valid record serving the requirement on the system (compared exactly), of any kind. */
    public Optional<EvidenceRecord> latestValid(String requirementId, String system) {
        return latestValid(requirementId, system, EnumSet.allOf(EvidenceKind.class));
    }

    /** As {@link #latestValid(String, String)}, counting only records of the given kinds. */
    public Optional<EvidenceRecord> latestValid(String requirementId, String system, Collection<EvidenceKind> kinds) {
        return valid().stream()
                .filter(r -> r.serves(requirementId) && r.system().equals(system) && kinds.contains(r.kind()))
                .min(LATEST_FIRST);
    }

    /** Valid records serving the requirement on any system, latest first. */
    public List<EvidenceRecord> validFor(String requirementId) {
        return valid().stream().filter(r -> r.serves(requirementId)).sorted(LATEST_FIRST).toList();
    }

    /** The systems named by valid records, sorted. */
    public Set<String> systems() {
        Set<String> out = new TreeSet<>();
        for (EvidenceRecord r : valid()) out.add(r.system());
        return out;
    }
}
