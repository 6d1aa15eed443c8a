package dev.bulwark.source.terraform;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;

import java.util.Set;
import java.util.function.Supplier;

/**
 * A named value computed at most once (a variable, local, output or resource), remembering the
 * resources it was derived from so a reader inherits them. Re-entry while computing is a cycle,
 * which yields an unknown value instead of looping.
 */
final class Cell {
    private final String name;
    private final Supplier<Evaluated> compute;
    private Evaluated result;
    private boolean computing;

    Cell(String name, Supplier<Evaluated> compute) {
        this.name = name;
        this.compute = compute;
    }

    static Cell of(String name, Value value) {
        Cell c = new Cell(name, null);
        c.result = new Evaluated(value, Set.of());
        return c;
    }

    String name() {
        return name;
    }

    /** Returns the value, or null when this cell is already being computed (a cycle). */
    Evaluated get() {
        if (result != null) {
            return result;
        }
        if (computing) {
            return null;
        }
        computing = true;
        try {
            result = compute.get();
        } finally {
            computing = false;
        }
        return result;
    }

    static Evaluated cycle(String name) {
        return new Evaluated(Value.unknown(UnknownReason.CYCLE, name), Set.of());
    }

    /** A value with the addresses of the resources it was derived from. */
    record Evaluated(Value value, Set<String> references) {}
}
