package dev.bulwark.cli;

/** Whether output goes to a person at a terminal: colour and progress only then. */
final class Terminal {
    private Terminal() {}

    static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    static boolean colour() {
        return interactive() && System.getenv("NO_COLOR") == null;
    }
}
