package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;

/**
 * Thrown inside a function body when it reaches a value that is not known yet. The registry turns it
 * into that unknown result, so a function that forgets to check for nested unknowns still answers
 * "unknown" instead of guessing.
 */
final class UnknownSignal extends RuntimeException {
    final transient Value.Unknown unknown;

    UnknownSignal(Value.Unknown unknown) {
        super(null, null, false, false);
        this.unknown = unknown;
    }
}
