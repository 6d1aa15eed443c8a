package dev.bulwark.evidence;

import java.nio.file.Path;
import java.util.List;

/**
 * What a person asks to record, as typed: the ledger checks every field (kind, requirement ids,
 * dates, attachment files, the superseded record) before it writes anything.
 *
 * @param approvedBy  may be null
 * @param notes       may be null
 * @param supersedes  the id of the record this one corrects, or null
 */
public record EvidenceDraft(String kind, List<String> requirements, String system, String performedAt,
                            String performedBy, String approvedBy, String notes, List<Path> attachments,
                            String supersedes) {
    public EvidenceDraft {
        requirements = List.copyOf(requirements);
        attachments = List.copyOf(attachments);
    }
}
