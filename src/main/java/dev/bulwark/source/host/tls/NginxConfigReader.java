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
 * Reads nginx's configuration as nginx does: directives ending in {@code ;}, blocks in braces, {@code #}
 * comments, quoted arguments, and {@code include} (globs allowed, relative names under the directory of
 * nginx.conf) replaced by the directives of the files it names, in name order.
 */
public final class NginxConfigReader {
    public static final String MAIN = "/etc/nginx/nginx.conf";
    private static final int MAX_INCLUDE_DEPTH = 16;

    private final ConfigFiles files;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Deque<String> including = new ArrayDeque<>();

    public NginxConfigReader(ConfigFiles files) {
        this.files = files;
    }

    /** The configuration's top-level directives with includes expanded; empty when nginx.conf is absent. */
    public Optional<List<NginxDirective>> read() {
        Optional<String> text = files.read(MAIN);
        if (text.isEmpty()) return Optional.empty();
        return Optional.of(parse(MAIN, text.get()));
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    List<NginxDirective> parse(String file, String text) {
        including.push(file);
        try {
            Parser p = new Parser(file, text);
            List<NginxDirective> out = p.directives(false);
            return out;
        } finally {
            including.pop();
        }
    }

    private List<NginxDirective> include(String pattern, FileLine at) {
        String base = MAIN.substring(0, MAIN.lastIndexOf('/'));
        String absolute = pattern.startsWith("/") ? pattern : base + "/" + pattern;
        List<String> matches = ConfigFiles.hasGlob(absolute) ? files.glob(absolute) : List.of(absolute);
        List<NginxDirective> out = new ArrayList<>();
        for (String file : matches) {
            if (including.contains(file) || including.size() > MAX_INCLUDE_DEPTH) {
                problems.add(new ConfigProblem(at.file(), at.line(), "include of " + file + " loops back to a file that includes it"));
                continue;
            }
            Optional<String> text = files.read(file);
            if (text.isEmpty()) {
                // nginx refuses to start on a missing non-glob include; a glob may match nothing.
                if (!ConfigFiles.hasGlob(absolute) && !files.exists(file)) problems.add(new ConfigProblem(at.file(), at.line(), "included file " + file + " does not exist"));
                continue;
            }
            out.addAll(parse(file, text.get()));
        }
        return out;
    }

    /** A recursive-descent reader of one file's text. */
    private final class Parser {
        private final String file;
        private final String text;
        private int pos;
        private int line = 1;

        Parser(String file, String text) {
            this.file = file;
            this.text = text;
        }

        List<NginxDirective> directives(boolean inBlock) {
            List<NginxDirective> out = new ArrayList<>();
            List<String> words = new ArrayList<>();
            int startLine = 0;
            while (true) {
                Token t = next();
                if (t == null) {
                    if (inBlock) problems.add(new ConfigProblem(file, line, "unexpected end of file, expecting \"}\""));
                    else if (!words.isEmpty()) problems.add(new ConfigProblem(file, line, "unexpected end of file, expecting \";\" or \"}\""));
                    return out;
                }
                switch (t.kind) {
                    case WORD -> {
                        if (words.isEmpty()) startLine = t.line;
                        words.add(t.text);
                    }
                    case SEMICOLON -> {
                        if (words.isEmpty()) {
                            problems.add(new ConfigProblem(file, t.line, "unexpected \";\""));
                            continue;
                        }
                        FileLine at = new FileLine(file, startLine);
                        if (words.get(0).equals("include") && words.size() == 2) out.addAll(include(words.get(1), at));
                        else out.add(new NginxDirective(words.get(0), words.subList(1, words.size()), at, null));
                        words = new ArrayList<>();
                    }
                    case OPEN -> {
                        if (words.isEmpty()) {
                            problems.add(new ConfigProblem(file, t.line, "unexpected \"{\""));
                            words.add("");
                            startLine = t.line;
                        }
                        List<NginxDirective> block = directives(true);
                        out.add(new NginxDirective(words.get(0), words.subList(1, words.size()), new FileLine(file, startLine), block));
                        words = new ArrayList<>();
                    }
                    case CLOSE -> {
                        if (!words.isEmpty()) problems.add(new ConfigProblem(file, t.line, "unexpected \"}\" after \"" + words.get(0) + "\""));
                        if (inBlock) return out;
                        problems.add(new ConfigProblem(file, t.line, "unexpected \"}\""));
                        words = new ArrayList<>();
                    }
                }
            }
        }

        private Token next() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '#') {
                    while (pos < text.length() && text.charAt(pos) != '\n') pos++;
                } else {
                    break;
                }
            }
            if (pos >= text.length()) return null;
            char c = text.charAt(pos);
            int at = line;
            switch (c) {
                case ';' -> {
                    pos++;
                    return new Token(Kind.SEMICOLON, ";", at);
                }
                case '{' -> {
                    pos++;
                    return new Token(Kind.OPEN, "{", at);
                }
                case '}' -> {
                    pos++;
                    return new Token(Kind.CLOSE, "}", at);
                }
                case '"', '\'' -> {
                    return quoted(c, at);
                }
                default -> {
                    StringBuilder w = new StringBuilder();
                    while (pos < text.length()) {
                        char d = text.charAt(pos);
                        if (Character.isWhitespace(d) || d == ';' || d == '{' || d == '}') break;
                        if (d == '\\' && pos + 1 < text.length()) {
                            w.append(text.charAt(pos + 1));
                            pos += 2;
                            continue;
                        }
                        w.append(d);
                        pos++;
                    }
                    return new Token(Kind.WORD, w.toString(), at);
                }
            }
        }

        private Token quoted(char quote, int at) {
            StringBuilder w = new StringBuilder();
            pos++;
            while (pos < text.length() && text.charAt(pos) != quote) {
                char d = text.charAt(pos);
                if (d == '\n') line++;
                if (d == '\\' && pos + 1 < text.length()) {
                    w.append(text.charAt(pos + 1));
                    pos += 2;
                    continue;
                }
                w.append(d);
                pos++;
            }
            if (pos >= text.length()) problems.add(new ConfigProblem(file, at, "unterminated quoted string"));
            pos++;
            return new Token(Kind.WORD, w.toString(), at);
        }
    }

    private enum Kind { WORD, SEMICOLON, OPEN, CLOSE }

    private record Token(Kind kind, String text, int line) {
    }
}
