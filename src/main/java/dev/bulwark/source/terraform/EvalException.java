package dev.bulwark.source.terraform;

import dev.bulwark.source.hcl.Range;

/**
 * An expression that Terraform would reject (wrong type, missing key, bad function argument).
 * Caught where an attribute is evaluated, reported with its position, and turned into an unknown.
 * {@code try} and {@code can} catch it to choose another branch.
 */
final class EvalException extends RuntimeException {
    final transient Range range;

    EvalException(Range range, String message) {
        super(message, null, false, false);
        this.range = range;
    }
}
