package dev.bulwark.rule.cel.plan;

/**
 * A CEL error as a value. {@code &&}, {@code ||} and comprehensions may still absorb it; everything
 * else passes the first one on. The message reads like the CEL library's own.
 */
final class Err {
    final String message;
    /** The values that did not fit, when the error is about a value's shape; else null. */
    final Misfit misfit;

    private Err(String message, Misfit misfit) {
        this.message = message;
        this.misfit = misfit;
    }

    /** @param offset the character offset of the failing expression in its source */
    static Err at(int offset, String message) {
        return new Err("evaluation error at <input>:" + offset + ": " + message, null);
    }

    /** An error about values of an unexpected shape; {@code need} says what the operation needed instead. */
    static Err misfit(int offset, String message, String need, Object... values) {
        return new Err("evaluation error at <input>:" + offset + ": " + message, new Misfit(need, java.util.Arrays.asList(values)));
    }
}
