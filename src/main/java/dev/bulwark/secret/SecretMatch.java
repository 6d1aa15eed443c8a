package dev.bulwark.secret;

import java.util.Objects;

/**
 * One secret found in a text: where it is and what it is. {@code start}/{@code end} are offsets into
 * the scanned text (characters of a CharSequence; bytes of a byte array) covering the whole match
 * (for a private key, the block from its BEGIN line to its END line); {@code line} and
 * {@code column} are 1-based and point at {@code start} (the column counts characters, or bytes for
 * a byte array). {@code detail} says what was recognised in words that never contain the value
 * (e.g. "AWS access key id with its secret access key on line 4"). {@link #toString()} never prints
 * the secret.
 */
public final class SecretMatch {
    private final SecretValue secret;
    private final int start;
    private final int end;
    private final int line;
    private final int column;
    private final String detail;

    public SecretMatch(SecretValue secret, int start, int end, int line, int column, String detail) {
        this.secret = Objects.requireNonNull(secret, "secret");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
        if (line < 1 || column < 1) throw new IllegalArgumentException("lines and columns are 1-based");
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public SecretValue secret() {
        return secret;
    }

    public SecretFamily family() {
        return secret.family();
    }

    public String ruleId() {
        return secret.family().ruleId();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String detail() {
        return detail;
    }

    public String redacted() {
        return secret.redacted();
    }

    public String fingerprint() {
        return secret.fingerprint();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretMatch m && m.start == start && m.end == end && m.secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secret, start, end);
    }

    @Override
    public String toString() {
        return secret.family().ruleId() + " at " + line + ":" + column + " " + secret.redacted() + " fingerprint="
                + secret.fingerprint() + " (" + detail + ")";
    }
}
