package dev.bulwark.source.hcl;

/** {@code name = expression}. */
public record Attribute(String name, Expr expr, Range range, Range nameRange) {}
