package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.util.List;

/**
 * A built-in function with its calling convention: how many arguments it takes, which may be null,
 * and how unknown arguments are treated before the body runs.
 */
final class Builtin implements TfFunction {
    /** How much of the arguments must be known before the body runs. */
    enum Unknowns {
        /** Everything, deep inside collections too; otherwise the result is the first unknown found. */
        STRICT,
        /** Each argument itself, while collections may hold unknown items the body passes along. */
        TOP_LEVEL,
        /** The body decides, e.g. {@code coalesce} skips nulls before reaching an unknown. */
        SELF
    }

    @FunctionalInterface
    interface Body {
        Value apply(Args args) throws FunctionException;
    }

    static final int UNLIMITED = Integer.MAX_VALUE;

    private final String name;
    private final int minArgs;
    private final int maxArgs;
    private final Unknowns unknowns;
    private final long nullableMask; // bit i: argument i may be null; bit 63 also covers every later argument
    private final Body body;

    private Builtin(String name, int minArgs, int maxArgs, Unknowns unknowns, long nullableMask, Body body) {
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.unknowns = unknowns;
        this.nullableMask = nullableMask;
        this.body = body;
    }

    static Builtin of(String name, int arity, Body body) {
        return new Builtin(name, arity, arity, Unknowns.STRICT, 0, body);
    }

    static Builtin of(String name, int minArgs, int maxArgs, Body body) {
        return new Builtin(name, minArgs, maxArgs, Unknowns.STRICT, 0, body);
    }

    static Builtin variadic(String name, int minArgs, Body body) {
        return new Builtin(name, minArgs, UNLIMITED, Unknowns.STRICT, 0, body);
    }

    Builtin unknowns(Unknowns policy) {
        return new Builtin(name, minArgs, maxArgs, policy, nullableMask, body);
    }

    /** Lets the given argument positions be null. */
    Builtin nullable(int... positions) {
        long mask = nullableMask;
        for (int p : positions) {
            mask |= 1L << p;
        }
        return new Builtin(name, minArgs, maxArgs, unknowns, mask, body);
    }

    /** Lets every argument from {@code position} on be null. */
    Builtin nullableFrom(int position) {
        return new Builtin(name, minArgs, maxArgs, unknowns, nullableMask | (-1L << position), body);
    }

    /** Lets every argument be null. */
    Builtin nullableAll() {
        return nullableFrom(0);
    }

    String name() {
        return name;
    }

    @Override
    public Value call(List<Value> args) throws FunctionException {
        checkArity(args.size());
        Value.Unknown unknown = switch (unknowns) {
            case STRICT -> firstUnknown(args, true);
            case TOP_LEVEL -> firstUnknown(args, false);
            case SELF -> null;
        };
        if (unknown != null) {
            return resultFor(unknown, args);
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof Value.Null && !mayBeNull(i)) {
                throw new FunctionException(name + ": argument " + (i + 1) + " must not be null");
            }
        }
        try {
            return body.apply(new Args(name, args));
        } catch (UnknownSignal s) {
            return resultFor(s.unknown, args);
        } catch (FunctionException e) {
            // Shared helpers (regex, JSON, conversions) report without knowing which function called them.
            String message = String.valueOf(e.getMessage());
            throw message.startsWith(name + ": ") ? e : new FunctionException(name + ": " + message);
        } catch (StackOverflowError e) {
            throw new FunctionException(name + ": input is too deeply nested or too complex to evaluate");
        } catch (RuntimeException e) {
            // A bug or a library limit; still reported the way the evaluator expects.
            throw new FunctionException(name + ": cannot evaluate: " + e);
        }
    }

    /**
     * An unknown argument is returned as it is; an unknown found deeper inside an argument yields a
     * new unknown with the same reason, since the result is a different value (a jsonencode string is
     * not the unknown attribute it contains) and callers may track unknowns by identity.
     */
    private static Value.Unknown resultFor(Value.Unknown u, List<Value> args) {
        for (Value arg : args) {
            if (arg == u) {
                return u;
            }
        }
        return Convert.derived(u);
    }

    private boolean mayBeNull(int position) {
        return ((nullableMask >>> Math.min(position, 63)) & 1L) != 0;
    }

    private void checkArity(int given) throws FunctionException {
        if (given >= minArgs && given <= maxArgs) {
            return;
        }
        String expected;
        if (maxArgs == UNLIMITED) {
            expected = "at least " + plural(minArgs);
        } else if (minArgs == maxArgs) {
            expected = plural(minArgs);
        } else if (maxArgs == minArgs + 1) {
            expected = minArgs + " or " + plural(maxArgs);
        } else {
            expected = minArgs + " to " + plural(maxArgs);
        }
        throw new FunctionException(name + ": expected " + expected + ", got " + given);
    }

    private static String plural(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }

    private static Value.Unknown firstUnknown(List<Value> args, boolean deep) {
        for (Value v : args) {
            Value.Unknown u = deep ? Convert.firstUnknown(v) : v instanceof Value.Unknown top ? top : null;
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
