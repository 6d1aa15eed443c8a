package dev.bulwark.source.located;

/** A place in a text file: line and column, both counted from 1. */
public record Position(int line, int column) {
    /** The first character of a file. */
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) throw new IllegalArgumentException("line and column count from 1, got " + line + ":" + column);
    }

    /** {@code line:column}, as it follows a file name in messages. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
