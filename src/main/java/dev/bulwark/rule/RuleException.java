package dev.bulwark.rule;

/** A rule file that cannot be used: names the file and the field. */
public final class RuleException extends Exception {
    public RuleException(String message) {
        super(message);
    }
}
