package dev.bulwark.model;

/** A problem found while loading sources: a file that could not be read or parsed, an evaluation error, a note. */
public record Diagnostic(Severity severity, SourceLocation location, String message) implements Comparable<Diagnostic> {
    public enum Severity { ERROR, WARNING, INFO }

    public static Diagnostic error(SourceLocation at, String message) {
        return new Diagnostic(Severity.ERROR, at, message);
    }

    public static Diagnostic warning(SourceLocation at, String message) {
        return new Diagnostic(Severity.WARNING, at, message);
    }

    public static Diagnostic info(SourceLocation at, String message) {
        return new Diagnostic(Severity.INFO, at, message);
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = location.file().compareTo(o.location.file());
        if (c == 0) c = Integer.compare(location.startLine(), o.location.startLine());
        if (c == 0) c = Integer.compare(location.startColumn(), o.location.startColumn());
        if (c == 0) c = message.compareTo(o.message);
        return c;
    }

    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
