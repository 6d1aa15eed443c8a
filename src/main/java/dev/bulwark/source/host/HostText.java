package dev.bulwark.source.host;

import dev.bulwark.model.SourceLocation;

import java.util.List;

/** A text file of the host: its path as the system sees it and its lines (1-based through {@link #line}). */
public record HostText(String path, List<String> lines) {
    public HostText {
        lines = List.copyOf(lines);
    }

    static HostText of(String path, String text) {
        return new HostText(path, text.lines().toList());
    }

    public String line(int number) {
        return lines.get(number - 1);
    }

    public SourceLocation at(int line) {
        return SourceLocation.at(path, line, 1);
    }

    public SourceLocation file() {
        return SourceLocation.ofFile(path);
    }
}
