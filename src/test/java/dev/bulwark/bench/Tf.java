package dev.bulwark.bench;

import java.util.Random;

/** Helpers shared by the flavour writers of {@link RealisticModules}. */
final class Tf {
    private Tf() {}

    /** Replaces each {@code {{key}}}; HCL's own {@code ${...}} and {@code %{...}} are left alone. */
    static String fill(String template, String... keyValues) {
        String s = template;
        for (int i = 0; i < keyValues.length; i += 2) {
            s = s.replace("{{" + keyValues[i] + "}}", keyValues[i + 1]);
        }
        if (s.contains("{{")) {
            throw new IllegalStateException("unfilled placeholder in:\n" + s);
        }
        return s;
    }

    /** True three times in four: most settings in real modules are compliant, some are not. */
    static boolean mostly(Random r) {
        return r.nextInt(4) != 0;
    }

    /** {@code good} three times in four, else {@code bad}. */
    static String mostly(Random r, String good, String bad) {
        return mostly(r) ? good : bad;
    }

    static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
