package dev.bulwark.model;

/** Where something is written: a file (relative to the scan root where possible) and a line/column span. */
public record SourceLocation(String file, int startLine, int startColumn, int endLine, int endColumn) {
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0, 0, 0);
    }

    public static SourceLocation at(String file, int line, int column) {
        return new SourceLocation(file, line, column, line, column);
    }

    @Override
    public String toString() {
        return startLine <= 0 ? file : file + ":" + startLine + ":" + startColumn;
    }
}
