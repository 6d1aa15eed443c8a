package dev.bulwark.secret;

/**
 * A file's bytes seen as characters one to one (ISO-8859-1), without copying: every token format is
 * ASCII, so the detectors read UTF-8 files correctly this way, and offsets stay byte offsets.
 */
final class ByteChars implements CharSequence {
    private final byte[] bytes;
    private final int from;
    private final int to;

    ByteChars(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private ByteChars(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.from = from;
        this.to = to;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[from + index] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length() || start > end) throw new IndexOutOfBoundsException(start + ".." + end);
        return new ByteChars(bytes, from + start, from + end);
    }

    @Override
    public String toString() {
        return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
