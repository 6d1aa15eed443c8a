package dev.bulwark.source.dockerfile;

/** An instruction flag such as {@code --from=builder} or {@code --platform=$BUILDPLATFORM}; the value is null for a bare {@code --link}. */
public record Flag(String name, String value, int line, int column) {}
