package dev.bulwark.secret;

/**
 * The one printable form of a secret: its first characters, an ellipsis and its length, e.g.
 * {@code AKIA…(20 chars)}. Four characters are shown of a value of 16 characters or more (enough to
 * tell an {@code AKIA} key from a {@code ghp_} token); a shorter value shows a quarter of its length,
 * rounded down, so a short password never has half of itself printed ({@code ch…(8 chars)},
 * {@code …(3 chars)}).
 */
public final class Redaction {
    /** Characters shown of a value of {@value #FULL_PREFIX_FROM} characters or more. */
    public static final int PREFIX = 4;
    static final int FULL_PREFIX_FROM = 16;

    private Redaction() {
    }

    public static String redact(CharSequence value) {
        int length = value.length();
        int shown = length >= FULL_PREFIX_FROM ? PREFIX : length / 4;
        StringBuilder out = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            // Never let a control character or line break of the value into a report line
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.append("…(").append(length).append(length == 1 ? " char)" : " chars)").toString();
    }
}
