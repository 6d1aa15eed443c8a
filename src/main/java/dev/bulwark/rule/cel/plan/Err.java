package dev.bulwark.rule.cel.plan;

/**
 * A CEL error as a value. {@code &&}, {@code ||} and comprehensions may still absorb it; everything
 * else passes the first one on. The message reads like the CEL library's own.
 */
final class Err {
    final String message;

    private Err(String message) {
        this.message = message;
    }

    /** @param offset the character offset of the failing expression in its source */
    static Err at(int offset, String message) {
        return new Err("evaluation error at <input>:" + offset + ": " + message);
    }
}
