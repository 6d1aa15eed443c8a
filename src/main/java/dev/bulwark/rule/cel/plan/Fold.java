package dev.bulwark.rule.cel.plan;

import java.util.List;

/**
 * A comprehension, the loop behind exists(), all(), map() and filter(): the accumulator starts at
 * {@code init}, each item runs {@code step} while {@code condition} is not false, then {@code result}.
 */
record Fold(int at, int itemSlot, int accumulatorSlot, Node range, Node init, Node condition, Node step, Node result) implements Node {
    @Override
    public Object eval(Frame f) {
        Object r = range.eval(f);
        if (r instanceof Err) return r;
        List<?> items = Access.iterationItems(r);
        if (items == null) return Err.misfit(at, "expected a list or a map for iteration range but got '" + r.getClass().getName() + "'",
                "a list or a block", r);
        f.locals[accumulatorSlot] = init.eval(f);
        for (int i = 0, n = items.size(); i < n; i++) {
            f.locals[itemSlot] = items.get(i);
            Object go = condition.eval(f);
            if (Boolean.FALSE.equals(go)) break;
            if (!(go instanceof Boolean)) return go instanceof Err ? go : Err.misfit(at, "expected boolean value, found: " + go, "true or false", go);
            f.locals[accumulatorSlot] = step.eval(f);
        }
        return result.eval(f);
    }
}
