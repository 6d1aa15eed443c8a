package dev.bulwark.source.terraform.types;

import dev.bulwark.source.hcl.Range;

/** A {@code type} argument that is not a valid type expression, with where it goes wrong. */
public final class TypeExpressionException extends Exception {
    public final transient Range range;

    public TypeExpressionException(Range range, String message) {
        super(message);
        this.range = range;
    }
}
