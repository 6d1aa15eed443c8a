package dev.bulwark.engine.exports;

import java.util.List;
import java.util.Map;

/**
 * The {@code roles} section of {@code .bulwark.yaml}: the role catalogue accounts may hold (3.3.2)
 * and which IAM user belongs to which person's email address (to find a leaver's IAM user, 3.3.4).
 *
 * <pre>
 * roles:
 *   catalogue: [admin, developer, support, auditor]
 *   iam_users:
 *     erin@example.com: erin
 * </pre>
 *
 * @param catalogue the roles in the order written; empty when none is declared
 * @param iamUsers  email address (as written) to IAM user name
 * @param file      where it was read from, or null when there is no configuration
 */
public record RolesConfig(List<String> catalogue, Map<String, String> iamUsers, String file) {
    /** No roles section: the role check is UNKNOWN and leavers are matched by roster email only. */
    public static final RolesConfig NONE = new RolesConfig(List.of(), Map.of(), null);

    public RolesConfig {
        catalogue = List.copyOf(catalogue);
        iamUsers = Map.copyOf(iamUsers);
    }
}
