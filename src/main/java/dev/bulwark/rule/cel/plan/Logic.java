package dev.bulwark.rule.cel.plan;

/**
 * The operators CEL evaluates non-strictly: {@code &&} and {@code ||} give their answer when either
 * side decides it, even if the other side failed. A side that is neither a bool nor an error fails
 * at once, as in CEL's interpreter; a condition must be a bool.
 */
final class Logic {
    private Logic() {}

    static Node and(int leftAt, int rightAt, Node left, Node right) {
        return junction(leftAt, rightAt, left, right, false);
    }

    static Node or(int leftAt, int rightAt, Node left, Node right) {
        return junction(leftAt, rightAt, left, right, true);
    }

    /** {@code decisive} is the value that decides alone: false for {@code &&}, true for {@code ||}. */
    private static Node junction(int leftAt, int rightAt, Node left, Node right, boolean decisive) {
        return f -> {
            Object l = left.eval(f);
            if (l instanceof Boolean b && b == decisive) return decisive;
            if (!(l instanceof Boolean) && !(l instanceof Err)) return notBool(leftAt, l);
            Object r = right.eval(f);
            if (r instanceof Boolean b && b == decisive) return decisive;
            if (!(r instanceof Boolean) && !(r instanceof Err)) return notBool(rightAt, r);
            if (l instanceof Err) return l;
            if (r instanceof Err) return r;
            return !decisive;
        };
    }

    static Node conditional(int at, Node condition, Node then, Node otherwise) {
        return f -> {
            Object c = condition.eval(f);
            if (c instanceof Boolean b) return b ? then.eval(f) : otherwise.eval(f);
            return c instanceof Err ? c : notBool(at, c);
        };
    }

    /** The loop condition of exists() and all(): only a plain false stops the loop. */
    static Node notStrictlyFalse(Node operand) {
        return f -> !Boolean.FALSE.equals(operand.eval(f));
    }

    private static Err notBool(int at, Object value) {
        return Err.misfit(at, "expected boolean value, found: " + value, "true or false", value);
    }
}
