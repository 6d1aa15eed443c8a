package dev.bulwark.source.hcl;

import java.util.Arrays;

/**
 * Turns character offsets in a JSON source text into {@link Pos} values with the native parser's
 * conventions: columns count Unicode code points (a leading byte order mark is not a column) and
 * offsets are UTF-8 bytes. Jackson reports UTF-16 character offsets, so non-ASCII text needs a
 * translation table.
 */
final class JsonSourcePositions {
    private final String source;
    /** Character offset at which each line starts; index 0 is line 1. */
    private final int[] lineStarts;
    /** UTF-8 byte offset of every character offset, or null when the text is pure ASCII. */
    private final int[] byteOffsets;

    JsonSourcePositions(String source) {
        this.source = source;
        this.lineStarts = findLineStarts(source);
        this.byteOffsets = isAscii(source) ? null : computeByteOffsets(source);
    }

    Pos at(int charOffset) {
        int offset = Math.max(0, Math.min(charOffset, source.length()));
        int lineIndex = lineIndexOf(offset);
        int lineStart = lineStarts[lineIndex];
        if (lineIndex == 0 && source.startsWith("\uFEFF") && offset > 0) {
            lineStart = 1;
        }
        int column = byteOffsets == null ? offset - lineStart + 1 : source.codePointCount(lineStart, offset) + 1;
        return new Pos(lineIndex + 1, column, byteOffset(offset));
    }

    /** The position of a 1-based line and column, clamped to the text. */
    Pos at(int line, int column) {
        int lineIndex = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
        return at(lineStarts[lineIndex] + Math.max(0, column - 1));
    }

    Range range(int startChar, int endChar) {
        return new Range(at(startChar), at(endChar));
    }

    String source() {
        return source;
    }

    private int byteOffset(int charOffset) {
        return byteOffsets == null ? charOffset : byteOffsets[charOffset];
    }

    private int lineIndexOf(int charOffset) {
        int found = Arrays.binarySearch(lineStarts, charOffset);
        return found >= 0 ? found : -found - 2;
    }

    private static int[] findLineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int[] computeByteOffsets(String text) {
        int[] offsets = new int[text.length() + 1];
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            offsets[i] = bytes;
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                offsets[i + 1] = bytes; // a position inside a pair maps to the pair's start
                bytes += 4;
                i++;
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3; // a lone surrogate counts as 3 bytes
            }
        }
        offsets[text.length()] = bytes;
        return offsets;
    }
}
