package dev.bulwark.model;

/**
 * A {@code module} call on the way from the scanned code to a resource in a module kept outside it.
 *
 * @param address  the called instance, e.g. {@code module.vpc} or {@code module.app.module.vpc["a"]}
 * @param module   the module called as its users know it: its source and, when known, its version
 * @param location the {@code module} block
 */
public record ModuleCall(String address, String module, SourceLocation location) {

    /** One argument of a module call: an input its caller sets. */
    public record Argument(String name, SourceLocation location) {}
}
