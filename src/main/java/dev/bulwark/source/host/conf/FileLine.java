package dev.bulwark.source.host.conf;

/** Where a setting is written on the host: an absolute host path and a 1-based line. */
public record FileLine(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
