package dev.bulwark.model.export;

/**
 * A {@code warning[]} or {@code suggestion[]} line of a Lynis report: {@code TEST-ID|message|details|solution|}.
 * Lynis writes "-" for details and solution when there are none; they are kept as written.
 */
public record LynisItem(int line, String testId, String message, String details, String solution) {}
