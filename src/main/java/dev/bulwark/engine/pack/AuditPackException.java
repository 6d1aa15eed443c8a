package dev.bulwark.engine.pack;

/** A problem with the pack's inputs or target that the person can fix (exit code 2); nothing was written. */
public final class AuditPackException extends Exception {
    public AuditPackException(String message) {
        super(message);
    }
}
