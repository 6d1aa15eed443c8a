package dev.bulwark.evidence;

/** A file attached to an evidence record, identified by the SHA-256 of its content (lower-case hex). */
public record Attachment(String name, long size, String sha256) {
    public Attachment {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("attachment name is empty");
        if (size < 0) throw new IllegalArgumentException("negative attachment size");
        if (!Sha256.isHex(sha256)) throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
    }
}
