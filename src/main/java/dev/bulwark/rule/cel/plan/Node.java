package dev.bulwark.rule.cel.plan;

/** One planned expression node. A result may be an {@link Err}: CEL errors are values until the end. */
@FunctionalInterface
interface Node {
    Object eval(Frame frame);
}
