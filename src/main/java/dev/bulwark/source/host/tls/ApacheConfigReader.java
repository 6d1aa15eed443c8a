package dev.bulwark.source.host.tls;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads Apache httpd's configuration: one directive a line ({@code \} continues it), {@code #} comment lines,
 * sections in angle brackets, and {@code Include}/{@code IncludeOptional} (globs, directories, names
 * relative to ServerRoot) replaced by the directives of the files they name.
 */
public final class ApacheConfigReader {
    /** Where each distribution keeps the main file, and its ServerRoot. */
    private static final List<String[]> LAYOUTS = List.of(
            new String[]{"/etc/apache2/apache2.conf", "/etc/apache2"},
            new String[]{"/etc/httpd/conf/httpd.conf", "/etc/httpd"},
            new String[]{"/etc/apache2/httpd.conf", "/etc/apache2"});
    private static final int MAX_INCLUDE_DEPTH = 16;

    private final ConfigFiles files;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Deque<String> including = new ArrayDeque<>();
    private String serverRoot = "/etc/apache2";

    public ApacheConfigReader(ConfigFiles files) {
        this.files = files;
    }

    /** The top-level directives of the first main file found, with includes expanded; empty when Apache is not configured. */
    public Optional<List<ApacheDirective>> read() {
        for (String[] layout : LAYOUTS) {
            Optional<String> text = files.read(layout[0]);
            if (text.isEmpty()) continue;
            serverRoot = layout[1];
            return Optional.of(parse(layout[0], text.get()));
        }
        return Optional.empty();
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    List<ApacheDirective> parse(String file, String text) {
        including.push(file);
        try {
            List<Line> lines = logicalLines(text);
            int[] cursor = {0};
            return section(file, lines, cursor, null);
        } finally {
            including.pop();
        }
    }

    private List<ApacheDirective> section(String file, List<Line> lines, int[] cursor, String closing) {
        List<ApacheDirective> out = new ArrayList<>();
        while (cursor[0] < lines.size()) {
            Line l = lines.get(cursor[0]++);
            FileLine at = new FileLine(file, l.number);
            String t = l.text;
            if (t.startsWith("</")) {
                String name = t.substring(2).replace(">", "").strip();
                if (closing != null && name.equalsIgnoreCase(closing)) return out;
                problems.add(new ConfigProblem(file, l.number, "</" + name + "> without a matching <" + name + ">"));
                continue;
            }
            if (t.startsWith("<")) {
                if (!t.endsWith(">")) {
                    problems.add(new ConfigProblem(file, l.number, "section line does not end with \">\""));
                    continue;
                }
                List<String> words = words(t.substring(1, t.length() - 1));
                if (words.isEmpty()) continue;
                List<ApacheDirective> block = section(file, lines, cursor, words.get(0));
                out.add(new ApacheDirective(words.get(0), words.subList(1, words.size()), at, block));
                continue;
            }
            List<String> words = words(t);
            if (words.isEmpty()) continue;
            String name = words.get(0);
            if ((name.equalsIgnoreCase("Include") || name.equalsIgnoreCase("IncludeOptional")) && words.size() >= 2) {
                out.addAll(include(words.get(1), name.equalsIgnoreCase("IncludeOptional"), at));
            } else {
                if (name.equalsIgnoreCase("ServerRoot") && words.size() >= 2) serverRoot = words.get(1);
                out.add(new ApacheDirective(name, words.subList(1, words.size()), at, null));
            }
        }
        if (closing != null) problems.add(new ConfigProblem(file, lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number,
                "<" + closing + "> is not closed"));
        return out;
    }

    private List<ApacheDirective> include(String pattern, boolean optional, FileLine at) {
        String absolute = pattern.startsWith("/") ? pattern : serverRoot + "/" + pattern;
        List<String> matches = ConfigFiles.hasGlob(absolute) ? files.glob(absolute) : List.of(absolute);
        if (matches.isEmpty() && !optional) {
            problems.add(new ConfigProblem(at.file(), at.line(), "Include " + pattern + " matches no file"));
        }
        List<ApacheDirective> out = new ArrayList<>();
        for (String path : matches) {
            List<String> entries = files.list(path);
            if (!entries.isEmpty()) {
                // An included directory stands for every file in it, in name order.
                for (String entry : entries) out.addAll(include(path + "/" + entry, optional, at));
                continue;
            }
            if (including.contains(path) || including.size() > MAX_INCLUDE_DEPTH) {
                problems.add(new ConfigProblem(at.file(), at.line(), "Include of " + path + " loops back to a file that includes it"));
                continue;
            }
            Optional<String> text = files.read(path);
            if (text.isEmpty()) {
                if (!optional && !ConfigFiles.hasGlob(absolute) && !files.exists(path)) problems.add(new ConfigProblem(at.file(), at.line(), "included file " + path + " does not exist"));
                continue;
            }
            out.addAll(parse(path, text.get()));
        }
        return out;
    }

    /** Non-blank, non-comment lines with backslash continuations joined, each with the number of its first line. */
    private static List<Line> logicalLines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        StringBuilder pending = null;
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            if (pending == null) {
                start = i + 1;
                pending = new StringBuilder();
            }
            if (s.endsWith("\\")) {
                pending.append(s, 0, s.length() - 1).append(' ');
                continue;
            }
            pending.append(s);
            String t = pending.toString().strip();
            pending = null;
            if (!t.isEmpty() && !t.startsWith("#")) out.add(new Line(start, t));
        }
        return out;
    }

    /** Splits on blanks; double- and single-quoted words keep their blanks. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            StringBuilder w = new StringBuilder();
            if (c == '"' || c == '\'') {
                i++;
                while (i < text.length() && text.charAt(i) != c) {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) i++;
                    w.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) w.append(text.charAt(i++));
            }
            out.add(w.toString());
        }
        return out;
    }

    private record Line(int number, String text) {
    }
}
