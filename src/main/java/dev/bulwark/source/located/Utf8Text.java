package dev.bulwark.source.located;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way Bulwark turns a text file's bytes into characters: strictly UTF-8, so that a byte
 * that is not UTF-8 is an error naming its byte offset and line, never a replacement character;
 * and a file with a NUL byte is called binary, which is what it almost always is.
 */
public final class Utf8Text {
    private Utf8Text() {}

    /** A file that is not UTF-8 text. */
    public static final class NotTextException extends Exception {
        private final long offset;
        private final int line;
        private final String detail;

        NotTextException(long offset, int line, String detail) {
            super(detail);
            this.offset = offset;
            this.line = line;
            this.detail = detail;
        }

        /** Where the first offending byte is, counted from 0. */
        public long offset() {
            return offset;
        }

        /** The line of that byte, counted from 1. */
        public int line() {
            return line;
        }

        /** What is wrong, with the offset and line, e.g. "not UTF-8 text: byte 0xFF at byte offset 12 (line 2)". */
        public String detail() {
            return detail;
        }
    }

    /** The text of {@code bytes}, with a leading byte order mark left in place. */
    public static String decode(byte[] bytes) throws NotTextException {
        // The lenient decoder is much faster; only text that came out with a replacement character
        // may have been malformed, and is decoded again strictly to find where.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        int nul = lenient.indexOf('\0');
        if (nul >= 0) {
            int at = indexOf(bytes, (byte) 0);
            throw new NotTextException(at, lineOf(bytes, at), "a binary file, not text (a NUL byte at byte offset " + at
                    + ", line " + lineOf(bytes, at) + ")");
        }
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = Math.min(in.position(), bytes.length - 1);
            int line = lineOf(bytes, at);
            throw new NotTextException(at, line, String.format("not UTF-8 text: byte 0x%02X at byte offset %d (line %d) is not valid UTF-8",
                    bytes[at] & 0xff, at, line));
        }
        return out.flip().toString();
    }

    /** As {@link #decode}, without a leading byte order mark. */
    public static String decodeWithoutBom(byte[] bytes) throws NotTextException {
        String text = decode(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) return i;
        }
        return -1;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }
}
