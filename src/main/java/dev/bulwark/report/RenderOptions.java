package dev.bulwark.report;

import java.time.Instant;

/**
 * What the front end knows about the run a report describes and where the report goes: whether it
 * may colour text (a person at a terminal), whether the person asked for less ({@code --quiet}), and
 * when the run happened (formats that carry a time, such as OSCAL, write this one). Formats ignore
 * what they do not use.
 */
public record RenderOptions(boolean colour, boolean quiet, Instant time) {
    /** No colour, nothing left out: for files and for tools. */
    public static RenderOptions plain(Instant time) {
        return new RenderOptions(false, false, time);
    }
}
