package dev.bulwark.source.host.conf;

/** Something a reader could not make sense of: a file and line (0 when the whole file) and what is wrong. */
public record ConfigProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
