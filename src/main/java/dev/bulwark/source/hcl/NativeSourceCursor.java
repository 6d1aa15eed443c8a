package dev.bulwark.source.hcl;

/**
 * A read position in native-syntax source text that keeps line, column (in code points) and
 * UTF-8 byte offset up to date as it moves, so positions never need re-encoding.
 */
final class NativeSourceCursor {
    /** Returned by {@link #peek} past the end; never a valid source character in a position we test. */
    static final int END = -1;

    final char[] buf;
    final int limit;
    int index;
    int line;
    int column;
    int offset;

    NativeSourceCursor(char[] buf, int start, int limit, Pos startPos) {
        this.buf = buf;
        this.limit = limit;
        this.index = start;
        this.line = startPos.line();
        this.column = startPos.column();
        this.offset = startPos.offset();
    }

    int peek() {
        return index < limit ? buf[index] : END;
    }

    int peekAt(int ahead) {
        int i = index + ahead;
        return i < limit ? buf[i] : END;
    }

    Pos pos() {
        return new Pos(line, column, offset);
    }

    /** Moves over one ASCII character that is not a line feed. */
    void advanceAscii() {
        index++;
        column++;
        offset++;
    }

    /** Moves over {@code n} ASCII characters, none of them a line feed. */
    void advanceAscii(int n) {
        index += n;
        column += n;
        offset += n;
    }

    /** Moves over the line feed at the cursor. */
    void advanceLineFeed() {
        index++;
        line++;
        column = 1;
        offset++;
    }

    /** Moves over one character of any kind (a surrogate pair counts as one column, four bytes). */
    void advance() {
        char ch = buf[index++];
        if (ch < 0x80) {
            offset++;
            if (ch == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        } else if (ch < 0x800) {
            offset += 2;
            column++;
        } else if (Character.isHighSurrogate(ch) && index < limit && Character.isLowSurrogate(buf[index])) {
            index++;
            offset += 4;
            column++;
        } else if (Character.isSurrogate(ch)) {
            // Unpaired surrogates cannot be encoded; Java's UTF-8 encoder writes one '?' byte.
            offset++;
            column++;
        } else {
            offset += 3;
            column++;
        }
    }

    /** The code point at the cursor, or {@link #END}. */
    int codePoint() {
        return index < limit ? Character.codePointAt(buf, index, limit) : END;
    }

    /** Number of UTF-8 bytes that encode the given code point. */
    static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
