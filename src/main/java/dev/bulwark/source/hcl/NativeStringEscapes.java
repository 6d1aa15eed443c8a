package dev.bulwark.source.hcl;

/** Backslash escapes of quoted strings: newline, return, tab, quote, backslash, and 4- or 8-digit Unicode escapes. */
final class NativeStringEscapes {
    private NativeStringEscapes() {}

    /**
     * Decodes the escape sequence at the cursor (a backslash followed by a character that is not
     * a line break or the end of input; the caller reports those) and appends its meaning.
     */
    static void decode(NativeSourceCursor c, StringBuilder out, NativeParseContext ctx) throws HclParseException {
        Pos at = c.pos();
        int selector = c.peekAt(1);
        switch (selector) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u' -> {
                unicode(c, out, ctx, at, 4);
                return;
            }
            case 'U' -> {
                unicode(c, out, ctx, at, 8);
                return;
            }
            default -> throw ctx.error(at, "invalid escape sequence \"\\"
                    + new String(Character.toChars(Character.codePointAt(c.buf, c.index + 1, c.limit)))
                    + "\"; valid escapes are \\n \\r \\t \\\" \\\\ \\uNNNN and \\UNNNNNNNN"
                    + (selector == '$' || selector == '%' ? " (write $${ or %%{ for a literal ${ or %{)" : ""));
        }
        c.advanceAscii(2);
    }

    private static void unicode(NativeSourceCursor c, StringBuilder out, NativeParseContext ctx, Pos at, int digits)
            throws HclParseException {
        long value = 0;
        for (int k = 0; k < digits; k++) {
            int d = hexValue(c.peekAt(2 + k));
            if (d < 0) {
                throw ctx.error(at, "\"\\" + (digits == 4 ? 'u' : 'U') + "\" must be followed by exactly "
                        + digits + " hexadecimal digits");
            }
            value = value * 16 + d;
        }
        if (value > Character.MAX_CODE_POINT || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            throw ctx.error(at, "escape \"" + new String(c.buf, c.index, digits + 2) + "\" is not a valid Unicode character");
        }
        out.appendCodePoint((int) value);
        c.advanceAscii(digits + 2);
    }

    private static int hexValue(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        return -1;
    }
}
