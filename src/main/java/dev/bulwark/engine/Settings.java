package dev.bulwark.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The thresholds rules read through {@code settings.<name>}, with the policy's defaults and the
 * values each accepts. Declared here once; {@code .bulwark.yaml} may override any of them, and
 * nothing else (a name not declared here is a configuration error).
 */
public final class Settings {
    /** Every setting, in the order the documentation lists them. */
    public static final List<Setting> ALL = List.of(
            new Setting("log_retention_days", 365, 1, 3653, "days", "3.7.2",
                    "shortest retention of central logs (CloudWatch log groups, log buckets)"),
            new Setting("backup_retention_days", 7, 1, 35, "days", "3.6.1",
                    "shortest automated backup retention (RDS, DocumentDB, Neptune, ElastiCache …)"),
            new Setting("key_rotation_max_days", 365, 90, 2560, "days", "3.4.4",
                    "longest KMS key rotation period"),
            new Setting("access_key_max_age_days", 90, 1, 3650, "days", "3.4.4",
                    "oldest an active IAM access key may be"),
            new Setting("credential_unused_days", 90, 1, 3650, "days", "3.3.4",
                    "longest a password or access key may go unused"),
            new Setting("password_min_length", 14, 6, 128, "characters", "3.3.1",
                    "shortest password the IAM account password policy may allow"),
            new Setting("password_reuse_prevention", 24, 1, 24, "passwords", "3.3.1",
                    "fewest previous passwords the IAM account password policy must remember"),
            new Setting("secret_rotation_max_days", 90, 1, 1000, "days", "3.4.4",
                    "longest automatic rotation interval of Secrets Manager secrets"),
            new Setting("termination_sla_hours", 24, 1, 8760, "hours", "3.3.4",
                    "hours after a termination by which every account of the leaver must be revoked"),
            new Setting("patch_sla_critical_days", 15, 1, 3650, "days", "3.2.4",
                    "days to patch a fixable critical vulnerability"),
            new Setting("patch_sla_high_days", 30, 1, 3650, "days", "3.2.4",
                    "days to patch a fixable high vulnerability"),
            new Setting("patch_sla_medium_days", 90, 1, 3650, "days", "3.2.4",
                    "days to patch a fixable medium vulnerability"));

    /** Name → default value. */
    public static final Map<String, Object> DEFAULTS = defaults();

    private Settings() {}

    public static Optional<Setting> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The declared names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(Setting::name).toList());
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        for (Setting s : ALL) d.put(s.name(), s.defaultValue());
        return Map.copyOf(d);
    }

    /** Defaults overridden by the configured (already validated) values. */
    public static Map<String, Object> resolve(Map<String, Object> configured) {
        Map<String, Object> out = new LinkedHashMap<>(DEFAULTS);
        out.putAll(configured);
        return out;
    }
}
