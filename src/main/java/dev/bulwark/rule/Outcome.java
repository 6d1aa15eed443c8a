package dev.bulwark.rule;


/**
 * The result of one rule's logic on one resource: PASS, FAIL or UNKNOWN, a message that names the
 * actual value, and the attribute path it concerns (null when it concerns the whole resource).
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
}
