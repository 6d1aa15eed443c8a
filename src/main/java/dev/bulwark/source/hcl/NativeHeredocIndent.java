package dev.bulwark.source.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <<-EOT} rule: find the smallest run of leading white space over the heredoc's lines
 * and remove that many characters from the start of each line. As in HCL, lines that are only
 * white space do not count (and keep their spaces), a line starting with an interpolation or
 * directive counts as zero, and the rule looks at the literal text after strip markers applied.
 */
final class NativeHeredocIndent {
    private NativeHeredocIndent() {}

    static void apply(List<NativeTemplatePiece> pieces) {
        int smallest = Integer.MAX_VALUE;
        boolean lineStart = true;
        List<NativeTemplatePiece.Literal> lineStarts = new ArrayList<>();
        for (NativeTemplatePiece piece : pieces) {
            if (lineStart) {
                lineStart = false;
                int spaces = 0;
                if (piece instanceof NativeTemplatePiece.Literal lit) {
                    int leading = leadingSpaces(lit.text);
                    if (leading == lit.text.length() && lit.endsWithLineFeed()) {
                        spaces = Integer.MAX_VALUE;
                    } else {
                        spaces = leading;
                        lineStarts.add(lit);
                    }
                }
                smallest = Math.min(smallest, spaces);
            }
            if (piece instanceof NativeTemplatePiece.Literal lit && lit.endsWithLineFeed()) {
                lineStart = true;
            }
        }
        if (smallest == 0 || lineStarts.isEmpty()) {
            return;
        }
        for (NativeTemplatePiece.Literal lit : lineStarts) {
            String removed = lit.text.substring(0, smallest);
            int bytes = 0;
            for (int i = 0; i < removed.length(); i++) {
                bytes += NativeSourceCursor.utf8Length(removed.charAt(i));
            }
            lit.text = lit.text.substring(smallest);
            Pos s = lit.start;
            lit.start = new Pos(s.line(), s.column() + smallest, s.offset() + bytes);
        }
    }

    /** Leading white-space characters; all of them are in the BMP, so chars equal code points. */
    private static int leadingSpaces(String text) {
        int i = 0;
        while (i < text.length() && NativeTemplatePiece.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
