package dev.bulwark.secret;

import java.util.Objects;

/**
 * A secret that was found: its family, printable form and fingerprint. The raw value is kept for
 * callers that must compare it (is it still in the working tree?) and is reachable only through
 * {@link #unsafeValue()}; {@link #toString()} prints the redacted form. Not a record on purpose:
 * serializers that walk record components or getters find no accessor for the raw value.
 */
public final class SecretValue {
    private final SecretFamily family;
    private final String value;
    private final String redacted;
    private final String fingerprint;

    private SecretValue(SecretFamily family, String value) {
        this.family = Objects.requireNonNull(family, "family");
        this.value = Objects.requireNonNull(value, "value");
        this.redacted = Redaction.redact(value);
        this.fingerprint = Fingerprint.of(value);
    }

    public static SecretValue of(SecretFamily family, String value) {
        return new SecretValue(family, value);
    }

    public SecretFamily family() {
        return family;
    }

    /** The printable form, e.g. {@code AKIA…(20 chars)}; see {@link Redaction}. */
    public String redacted() {
        return redacted;
    }

    /** The salted hash that names this secret in suppressions; see {@link Fingerprint}. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The secret itself. Never print, log, store or report it. */
    public String unsafeValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretValue s && s.family == family && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return family.hashCode() * 31 + fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return family.ruleId() + " " + redacted + " fingerprint=" + fingerprint;
    }
}
