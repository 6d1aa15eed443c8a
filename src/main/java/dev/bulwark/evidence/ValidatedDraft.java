package dev.bulwark.evidence;

import java.util.List;

/** A draft whose every field has been checked, with its attachment files read into memory. */
record ValidatedDraft(EvidenceKind kind, List<String> requirements, String system, PerformedAt performedAt,
                      String performedBy, String approvedBy, String notes, List<AttachmentContent> attachments,
                      String supersedes) {

    /** An attachment file's name, content and content hash, read once so what is hashed is what is stored. */
    record AttachmentContent(String name, byte[] content, String sha256) {
        Attachment describe() {
            return new Attachment(name, content.length, sha256);
        }
    }
}
