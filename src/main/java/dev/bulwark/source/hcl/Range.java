package dev.bulwark.source.hcl;

/**
 * The span of a syntax node: from {@link #start} (inclusive) to {@link #end} (exclusive). The six
 * numbers are kept inline rather than as two {@link Pos} objects: a parsed tree holds millions of
 * ranges, and one object per range instead of three halves the work of the garbage collector.
 */
public record Range(int startLine, int startColumn, int startOffset, int endLine, int endColumn, int endOffset) {
    public Range(Pos start, Pos end) {
        this(start.line(), start.column(), start.offset(), end.line(), end.column(), end.offset());
    }

    public static Range between(Range first, Range last) {
        return new Range(first.startLine, first.startColumn, first.startOffset, last.endLine, last.endColumn, last.endOffset);
    }

    /** A new {@link Pos} for the start; compare ranges with {@code equals}, not their positions by identity. */
    public Pos start() {
        return new Pos(startLine, startColumn, startOffset);
    }

    public Pos end() {
        return new Pos(endLine, endColumn, endOffset);
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
