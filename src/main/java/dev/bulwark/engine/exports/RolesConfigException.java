package dev.bulwark.engine.exports;

/** A {@code roles} section that cannot be used, as {@code file:line:column: what is wrong}. */
public final class RolesConfigException extends Exception {
    public RolesConfigException(String message) {
        super(message);
    }
}
