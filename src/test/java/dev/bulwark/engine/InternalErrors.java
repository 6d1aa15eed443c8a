package dev.bulwark.engine;

import java.util.regex.Pattern;

/** Whether a finding's message shows the rule engine's own failure rather than something about the resource. */
final class InternalErrors {
    private static final Pattern INTERNAL = Pattern.compile(String.join("|",
            "evaluation error", "Error resolving", "no such key", "no matching overload", "<input>", "could not be evaluated",
            "cannot decide whether the rule applies to this resource:", "the rule failed on this resource", "instead of true or false",
            "does not compile", "Exception", "\\bjava\\.", "dev\\.bulwark", "[Ii]ndex out of", "out of range", "divide by zero",
            "Unsupported", "NULL_VALUE", "unknown type", "CelUnknownSet"));

    private InternalErrors() {}

    static boolean in(String message) {
        return INTERNAL.matcher(message).find();
    }
}
