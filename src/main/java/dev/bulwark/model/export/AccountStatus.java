package dev.bulwark.model.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An identity provider account's status in the roster. The names follow the lifecycle IdPs export
 * (Okta's statuses, plus {@code disabled} for directories that only have an enabled flag).
 */
public enum AccountStatus {
    ACTIVE(true),
    PASSWORD_EXPIRED(true),
    LOCKED_OUT(true),
    RECOVERY(true),
    PROVISIONED(true),
    STAGED(false),
    SUSPENDED(false),
    DISABLED(false),
    DEPROVISIONED(false);

    private final boolean canSignIn;

    AccountStatus(boolean canSignIn) {
        this.canSignIn = canSignIn;
    }

    /**
     * Whether the account still grants access: a locked-out, expired or recovering account is one
     * reset away from a sign-in, and a provisioned one one activation away.
     */
    public boolean canSignIn() {
        return canSignIn;
    }

    /** As written in the roster. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccountStatus parse(String s) {
        String wanted = s.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.text().equals(wanted)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(AccountStatus::text).collect(Collectors.joining(", "));
    }
}
