package dev.bulwark.source.export;

import dev.bulwark.source.located.Utf8Text;

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
        String text;
        try {
            text = Utf8Text.decodeWithoutBom(content);
        } catch (Utf8Text.NotTextException e) {
            throw new ExportFormatException(file, e.line(), e.detail() + " (expected a UTF-8 text file; re-export or convert it to UTF-8)");
        }
        if (text.isBlank()) throw new ExportFormatException(file, 1, "empty file (" + expected + ")");
        return text;
    }
}
