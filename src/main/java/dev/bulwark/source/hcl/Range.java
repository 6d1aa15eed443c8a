package dev.bulwark.source.hcl;

/** The span of a syntax node: from {@code start} (inclusive) to {@code end} (exclusive). */
public record Range(Pos start, Pos end) {
    public static Range between(Range first, Range last) {
        return new Range(first.start(), last.end());
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
