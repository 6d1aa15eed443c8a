package dev.bulwark.cli;

import java.io.Console;

/** Whether output goes to a person at a terminal: colour and progress only then. */
final class Terminal {
    private Terminal() {}

    static boolean interactive() {
        Console console = System.console();
        return console != null && isTerminal(console) && !"dumb".equals(System.getenv("TERM"));
    }

    static boolean colour() {
        return interactive() && System.getenv("NO_COLOR") == null;
    }

    /**
     * Up to Java 21 a console exists only at a terminal; from Java 22 it may exist with output
     * redirected, and {@code Console.isTerminal()} (looked up by reflection, as we build for 17) tells.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
