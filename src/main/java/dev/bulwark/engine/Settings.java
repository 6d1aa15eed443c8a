package dev.bulwark.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thresholds rules read through {@code settings.<name>}, with the policy's defaults. Declared here
 * once; {@code .bulwark.yaml} may override any of them.
 */
public final class Settings {
    /** Name → default value. */
    public static final Map<String, Object> DEFAULTS = defaults();

    private Settings() {}

    private static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("log_retention_days", 365L);          // 3.7.2: central log retention
        d.put("backup_retention_days", 7L);         // 3.6.1: automated backup retention (RDS, DocumentDB …)
        d.put("key_rotation_max_days", 365L);       // 3.4.4: KMS rotation period
        d.put("access_key_max_age_days", 90L);      // 3.4.4 / 3.3.4: IAM access keys
        d.put("credential_unused_days", 90L);       // 3.3.4: unused credentials
        d.put("password_min_length", 14L);          // 3.3.1: IAM account password policy, shortest allowed password
        d.put("password_reuse_prevention", 24L);    // 3.3.1: IAM account password policy, previous passwords remembered
        d.put("secret_rotation_max_days", 90L);     // 3.4.4: longest automatic rotation interval for Secrets Manager secrets
        d.put("termination_sla_hours", 24L);        // 3.3.4: hours after a termination by which every account of the leaver must be revoked
        d.put("patch_sla_critical_days", 15L);      // 3.2.4: days to patch a fixable critical vulnerability
        d.put("patch_sla_high_days", 30L);          // 3.2.4: days to patch a fixable high vulnerability
        d.put("patch_sla_medium_days", 90L);        // 3.2.4: days to patch a fixable medium vulnerability
        return Map.copyOf(d);
    }

    /** Defaults overridden by the configuration; unknown names are kept so custom rules can read them. */
    public static Map<String, Object> resolve(Map<String, Object> configured) {
        Map<String, Object> out = new LinkedHashMap<>(DEFAULTS);
        out.putAll(configured);
        return out;
    }
}
