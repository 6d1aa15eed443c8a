package dev.bulwark.engine;

import java.util.Objects;

/**
 * One threshold rules read as {@code settings.<name>}: a whole number of {@code unit} from
 * {@code min} to {@code max}. Declared once in {@link Settings}; the configuration's validation, the
 * defaults and the table in docs/configuration.md all follow the declaration.
 *
 * @param requirement the policy requirement the threshold serves, such as {@code 3.7.2}
 */
public record Setting(String name, long defaultValue, long min, long max, String unit, String requirement, String description) {
    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(description, "description");
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + min + ".." + max);
        }
    }

    /** What a value must be, as messages and the docs say it: "a whole number of days from 1 to 3653". */
    public String expected() {
        return "a whole number of " + unit + " from " + min + " to " + max;
    }

    public boolean accepts(long value) {
        return value >= min && value <= max;
    }
}
