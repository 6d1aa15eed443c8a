package dev.bulwark.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the evidence ledger, as stored. Records are never changed: a correction is a new
 * record whose {@code supersedes} names the old one.
 *
 * @param sequence     the record's position in the chain, from 1
 * @param id           {@code EV-} and the sequence, e.g. {@code EV-000007}
 * @param requirements policy requirement ids the evidence serves, e.g. {@code 3.3.3}
 * @param system       the system or scope the work covered, as the person recording it named it
 * @param approvedBy   who approved the work, or null
 * @param notes        free text, or null
 * @param supersedes   the id of the record this one corrects, or null
 * @param previousHash the record hash of the record before, or 64 zeros for the first
 * @param recordHash   SHA-256 of this record's canonical form (see {@link CanonicalRecord})
 */
public record EvidenceRecord(long sequence, String id, EvidenceKind kind, List<String> requirements, String system,
                             PerformedAt performedAt, String performedBy, String approvedBy, String notes,
                             List<Attachment> attachments, Instant recordedAt, String supersedes,
                             String previousHash, String recordHash) {
    public EvidenceRecord {
        requirements = List.copyOf(requirements);
        attachments = List.copyOf(attachments);
    }

    public Optional<String> approvedByIfAny() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<String> notesIfAny() {
        return Optional.ofNullable(notes);
    }

    public Optional<String> supersedesIfAny() {
        return Optional.ofNullable(supersedes);
    }

    public boolean serves(String requirementId) {
        return requirements.contains(requirementId);
    }
}
