package dev.bulwark.rule.cel.plan;

import java.util.List;

/**
 * The values an operation could not take, carried as the cause of a planned expression's evaluation
 * error so that the caller can say which attribute had which unexpected shape (CEL's own message
 * names only a character offset in the expression).
 */
public final class Misfit extends RuntimeException {
    private final transient List<Object> values;

    /** @param need what the operation needed, completing "where the rule needs ...", e.g. "a list or a block" */
    Misfit(String need, List<Object> values) {
        super(need, null, false, false);
        this.values = values;
    }

    /** What the operation needed. */
    public String need() {
        return getMessage();
    }

    /** The values it was given instead, the operand first. */
    public List<Object> values() {
        return values;
    }
}
