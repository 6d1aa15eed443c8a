package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Value;

/** Boolean arguments as the model holds them. */
final class Flags {
    private Flags() {}

    /** True for {@code true} and for the string "true", which Terraform converts to a bool. */
    static boolean isTrue(Value v) {
        return v instanceof Value.Bool b && b.value() || v instanceof Value.Str s && "true".equals(s.value());
    }
}
