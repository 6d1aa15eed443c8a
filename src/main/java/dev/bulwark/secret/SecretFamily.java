package dev.bulwark.secret;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of secret Bulwark recognises, one rule each. The rule's title, severity, requirements and
 * remediation are declared once, in {@code rules/secrets/secrets.yaml}, under the id {@link #ruleId()};
 * the rule names its family there by {@link #id()} ({@code secrets: {family: aws-access-key}}).
 */
public enum SecretFamily {
    AWS_ACCESS_KEY("aws-access-key", "BW-SECRET-001", true),
    PRIVATE_KEY("private-key", "BW-SECRET-002", true),
    GITHUB_TOKEN("github-token", "BW-SECRET-003", true),
    GITLAB_TOKEN("gitlab-token", "BW-SECRET-004", true),
    SLACK_TOKEN("slack-token", "BW-SECRET-005", true),
    SLACK_WEBHOOK("slack-webhook", "BW-SECRET-006", false),
    TEAMS_WEBHOOK("teams-webhook", "BW-SECRET-007", false),
    STRIPE_KEY("stripe-key", "BW-SECRET-008", true),
    SENDGRID_KEY("sendgrid-key", "BW-SECRET-009", true),
    TWILIO_CREDENTIAL("twilio-credential", "BW-SECRET-010", true),
    MAILGUN_KEY("mailgun-key", "BW-SECRET-011", true),
    MAILCHIMP_KEY("mailchimp-key", "BW-SECRET-012", true),
    GOOGLE_API_KEY("google-api-key", "BW-SECRET-013", true),
    GOOGLE_OAUTH_CLIENT_SECRET("google-oauth-client-secret", "BW-SECRET-014", true),
    AZURE_STORAGE_KEY("azure-storage-key", "BW-SECRET-015", true),
    AZURE_SAS_TOKEN("azure-sas-token", "BW-SECRET-016", true),
    JWT("jwt", "BW-SECRET-017", true),
    URL_PASSWORD("url-password", "BW-SECRET-018", true),
    /** A literal value under a name that means a secret ({@code password = "…"}), judged by {@link SecretJudge}. */
    GENERIC_ASSIGNMENT("generic-assignment", "BW-SECRET-019", true);

    private final String id;
    private final String ruleId;
    private final boolean accessCredential;

    SecretFamily(String id, String ruleId, boolean accessCredential) {
        this.id = id;
        this.ruleId = ruleId;
        this.accessCredential = accessCredential;
    }

    /** The name a rule file uses for this family ({@code secrets: {family: …}}). */
    public String id() {
        return id;
    }

    /** The id of the rule that reports this family, e.g. {@code BW-SECRET-001}. */
    public String ruleId() {
        return ruleId;
    }

    /**
     * True when a secret of this family lets its holder sign in to or call a service (so the rule maps
     * to the access-control requirement too); false for a webhook URL, which only lets one post to it.
     */
    public boolean accessCredential() {
        return accessCredential;
    }

    public static Optional<SecretFamily> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static Optional<SecretFamily> byRuleId(String ruleId) {
        return Arrays.stream(values()).filter(f -> f.ruleId.equals(ruleId)).findFirst();
    }
}
