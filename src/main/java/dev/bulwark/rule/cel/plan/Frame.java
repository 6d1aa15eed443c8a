package dev.bulwark.rule.cel.plan;

import java.util.function.Function;

/** The state of one evaluation: the input variables and the comprehension variables in scope. */
final class Frame {
    final Function<String, Object> variables;
    final Object[] locals;

    Frame(Function<String, Object> variables, int localSlots) {
        this.variables = variables;
        this.locals = new Object[localSlots];
    }
}
