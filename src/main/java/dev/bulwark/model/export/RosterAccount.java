package dev.bulwark.model.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One account in the identity provider roster.
 *
 * @param roles         the roles or groups that grant access, as listed
 * @param lastLogin     empty when the account never signed in
 * @param statusChanged when the status last changed, if the export has that column and a value
 */
public record RosterAccount(int line, String user, String email, List<String> roles, boolean admin, boolean mfa,
                            AccountStatus status, Optional<Instant> lastLogin, Optional<Instant> statusChanged) {
    public RosterAccount {
        roles = List.copyOf(roles);
    }
}
