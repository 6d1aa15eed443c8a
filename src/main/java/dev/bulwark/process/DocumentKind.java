package dev.bulwark.process;

/** The documents the policy asks for, the {@code documents:} key each is configured under, and the requirement it serves. */
public enum DocumentKind {
    INCIDENT_RESPONSE_PLAN("incident_response_plan", "incident-response-plan", "3.1.5", "incident response plan"),
    HARDENING_BASELINE("hardening_baseline", "hardening-baseline", "3.2.1", "hardening baseline"),
    RUNBOOK("runbooks", "runbook", "3.6.5", "recovery runbook");

    private final String configKey;
    private final String slug;
    private final String requirement;
    private final String label;

    DocumentKind(String configKey, String slug, String requirement, String label) {
        this.configKey = configKey;
        this.slug = slug;
        this.requirement = requirement;
        this.label = label;
    }

    /** The key under {@code documents:} in {@code .bulwark.yaml}. */
    public String configKey() {
        return configKey;
    }

    /** As used in findings' resource type: {@code document:<slug>}. */
    public String slug() {
        return slug;
    }

    public String requirement() {
        return requirement;
    }

    /** For sentences: "incident response plan". */
    public String label() {
        return label;
    }
}
