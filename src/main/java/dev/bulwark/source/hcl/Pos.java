package dev.bulwark.source.hcl;

/** A point in a source file: 1-based line and column (in characters), 0-based byte offset. */
public record Pos(int line, int column, int offset) {
    public static final Pos START = new Pos(1, 1, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
