package dev.bulwark.report;

/**
 * What the front end knows about where a report goes: whether it may colour text (a person at a
 * terminal) and whether the person asked for less ({@code --quiet}). Formats ignore what they do not use.
 */
public record RenderOptions(boolean colour, boolean quiet) {
    /** No colour, nothing left out: for files and for tools. */
    public static final RenderOptions PLAIN = new RenderOptions(false, false);
}
