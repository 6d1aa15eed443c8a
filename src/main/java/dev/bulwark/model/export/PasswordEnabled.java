package dev.bulwark.model.export;

/** The credential report's {@code password_enabled}: the root user's row says {@code not_supported}. */
public enum PasswordEnabled {
    TRUE("true"), FALSE("false"), NOT_SUPPORTED("not_supported");

    private final String text;

    PasswordEnabled(String text) {
        this.text = text;
    }

    /** As written in the report. */
    public String text() {
        return text;
    }

    public static PasswordEnabled parse(String s) {
        for (PasswordEnabled p : values()) {
            if (p.text.equals(s.strip())) return p;
        }
        return null;
    }
}
