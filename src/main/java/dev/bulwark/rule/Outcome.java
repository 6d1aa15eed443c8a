package dev.bulwark.rule;


/**
 * The result of one rule's logic on one resource: PASS, FAIL, UNKNOWN or NOT_APPLICABLE, a message that
 * names the actual value (or, for NOT_APPLICABLE, why the rule does not apply), and the attribute path it
 * concerns (null when it concerns the whole resource).
 */
public record Outcome(Status status, String message, String attribute) {
    public static Outcome pass(String message) {
        return new Outcome(Status.PASS, message, null);
    }

    public static Outcome fail(String message, String attribute) {
        return new Outcome(Status.FAIL, message, attribute);
    }

    public static Outcome unknown(String message, String attribute) {
        return new Outcome(Status.UNKNOWN, message, attribute);
    }

    public static Outcome notApplicable(String reason) {
        return new Outcome(Status.NOT_APPLICABLE, reason, null);
    }
}
