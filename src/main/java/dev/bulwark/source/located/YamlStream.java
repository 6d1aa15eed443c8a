package dev.bulwark.source.located;

import java.util.ArrayList;
import java.util.List;

/**
 * A YAML stream cut into its documents at the {@code ---} and {@code ...} markers, so that each
 * document is parsed on its own: a broken document is then one error and the documents after it are
 * still read. A marker counts only at the start of a line; inside a block scalar the text is
 * indented, so such a line can only be a marker there too.
 */
public final class YamlStream {
    private YamlStream() {}

    /**
     * One document: its text (the marker line left out), the line of the file it starts on, and the
     * comment lines written before its content (e.g. {@code # Source: chart/templates/x.yaml}).
     */
    public record Document(String text, int firstLine, List<String> leadingComments) {
        public Document {
            leadingComments = List.copyOf(leadingComments);
        }

        /** The last line of the file with something written in this document. */
        public int lastLine() {
            String[] lines = text.split("\n", -1);
            for (int i = lines.length - 1; i >= 0; i--) if (!lines[i].isBlank()) return firstLine + i;
            return firstLine;
        }

        /** Nothing but blank lines and comments. */
        public boolean blank() {
            for (String line : text.split("\n", -1)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("%")) return false;
            }
            return true;
        }
    }

    public static List<Document> split(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Document> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        List<String> comments = new ArrayList<>();
        boolean contentSeen = false;
        int first = 1;
        int lineNo = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            String line = body.substring(start, end);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            lineNo++;
            if (isMarker(line, "---") || isMarker(line, "...")) {
                out.add(new Document(current.toString(), first, comments));
                current.setLength(0);
                comments = new ArrayList<>();
                contentSeen = false;
                // A document may start on the marker line itself: "--- {a: 1}" or "--- !tag".
                String rest = line.substring(3).strip();
                if (line.startsWith("---") && !rest.isEmpty() && !rest.startsWith("#")) {
                    current.append(rest).append('\n');
                    first = lineNo;
                    contentSeen = true;
                } else {
                    first = lineNo + 1;
                }
            } else {
                String t = line.strip();
                if (!contentSeen && t.startsWith("#")) comments.add(t);
                else if (!t.isEmpty()) contentSeen = true;
                current.append(line).append('\n');
            }
            start = end + 1;
        }
        out.add(new Document(current.toString(), first, comments));
        return out;
    }

    private static boolean isMarker(String line, String marker) {
        return line.startsWith(marker) && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t');
    }
}
