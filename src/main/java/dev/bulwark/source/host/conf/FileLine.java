package dev.bulwark.source.host.conf;

import dev.bulwark.model.SourceLocation;

/** Where a setting is written on the host: an absolute host path and a 1-based line (0 for the whole file). */
public record FileLine(String file, int line) {
    public SourceLocation location() {
        return line > 0 ? SourceLocation.at(file, line, 1) : SourceLocation.ofFile(file);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
