package dev.bulwark.source.export;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an export's bytes into text: strictly UTF-8 (a byte that is not UTF-8 is an error with its
 * line, never a replacement character), without a leading byte-order mark, and not empty.
 */
final class ExportText {
    private ExportText() {}

    /**
     * @param expected what the file should hold, for the message about an empty file
     *                 (e.g. "expected a header line with columns user, arn, …")
     */
    static String decode(String file, byte[] content, String expected) throws ExportFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new ExportFormatException(file, lineOf(content, at), String.format(
                    "not UTF-8: byte 0x%02X cannot be decoded (expected a UTF-8 text file; re-export or convert it to UTF-8)",
                    content[at] & 0xff));
        }
        try {
            CoderResult flushed = decoder.flush(out);
            if (flushed.isError()) flushed.throwException();
        } catch (CharacterCodingException e) {
            throw new ExportFormatException(file, lineOf(content, content.length), "not UTF-8: the file ends inside a character (expected a UTF-8 text file)");
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new ExportFormatException(file, 1, "empty file (" + expected + ")");
        return text;
    }

    private static int lineOf(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') line++;
        }
        return line;
    }
}
