package dev.bulwark.source.dockerfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dockerfile text into instructions the way BuildKit's Dockerfile frontend does: parser
 * directives only before anything else, comment lines, line continuations with the escape character
 * (comment and empty lines inside a continuation are dropped), here-documents after RUN, COPY and
 * ADD, flags, and the JSON (exec) form. It never throws: what Docker would refuse becomes a problem
 * with a line, and the rest of the file is still read.
 */
public final class DockerfileParser {
    /** Every instruction Docker knows. */
    public static final Set<String> KEYWORDS = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
            "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
    private static final Set<String> WITH_FLAGS = Set.of("FROM", "RUN", "COPY", "ADD", "HEALTHCHECK");
    private static final Set<String> WITH_HEREDOCS = Set.of("RUN", "COPY", "ADD");
    private static final Set<String> WITH_EXEC_FORM = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME", "HEALTHCHECK");
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern HEREDOC = Pattern.compile("(?<![<\\w])<<(-?)([\"']?)([A-Za-z0-9_./-]+)\\2(?!<)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String[] lines;
    private final List<ParsedDockerfile.Problem> problems = new ArrayList<>();
    private final Map<String, String> directives = new LinkedHashMap<>();
    private char escape = '\\';
    private int next;

    private DockerfileParser(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = t.split("\r?\n", -1);
    }

    public static ParsedDockerfile parse(String text) {
        return new DockerfileParser(text).parse();
    }

    private ParsedDockerfile parse() {
        directives();
        List<Instruction> instructions = new ArrayList<>();
        while (next < lines.length) {
            String stripped = lines[next].strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                next++;
                continue;
            }
            Instruction i = instruction();
            if (i != null) instructions.add(i);
        }
        return new ParsedDockerfile(directives, escape, instructions, problems);
    }

    /** Directives count only before the first comment that is not one, blank line or instruction. */
    private void directives() {
        while (next < lines.length) {
            Matcher m = DIRECTIVE.matcher(lines[next].strip());
            if (!m.matches()) return;
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!DIRECTIVES.contains(name)) return;
            int line = next + 1;
            if (directives.containsKey(name)) {
                problems.add(new ParsedDockerfile.Problem(line, 1, "parser directive " + name + " is given twice; only the first counts"));
            } else if (name.equals("escape") && !m.group(2).equals("\\") && !m.group(2).equals("`")) {
                problems.add(new ParsedDockerfile.Problem(line, 1, "parser directive escape must be \\ or `, got \"" + m.group(2) + "\""));
            } else {
                directives.put(name, m.group(2));
                if (name.equals("escape")) escape = m.group(2).charAt(0);
            }
            next++;
        }
    }

    /** One instruction starting at line {@code next}; null when its keyword is unknown (reported). */
    private Instruction instruction() {
        LogicalLine logical = new LogicalLine();
        int first = next;
        while (true) {
            String line = lines[next];
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) end--;
            boolean continues = end > 0 && line.charAt(end - 1) == escape;
            logical.append(line, continues ? end - 1 : end, next + 1);
            next++;
            if (!continues) break;
            while (next < lines.length && (lines[next].isBlank() || lines[next].strip().startsWith("#"))) next++;
            if (next >= lines.length) break;
        }
        int pos = logical.skipSpace(0);
        int keywordEnd = pos;
        while (keywordEnd < logical.length() && !Character.isWhitespace(logical.charAt(keywordEnd))) keywordEnd++;
        String keyword = logical.text(pos, keywordEnd).toUpperCase(Locale.ROOT);
        int line = logical.line(pos);
        int column = logical.column(pos);
        if (!KEYWORDS.contains(keyword)) {
            problems.add(new ParsedDockerfile.Problem(line, column, "unknown instruction " + logical.text(pos, keywordEnd)
                    + " (Docker knows " + String.join(", ", new java.util.TreeSet<>(KEYWORDS)) + "); it is skipped"));
            return null;
        }
        pos = logical.skipSpace(keywordEnd);
        List<Flag> flags = new ArrayList<>();
        if (WITH_FLAGS.contains(keyword)) {
            while (logical.startsWith("--", pos)) {
                int e = pos;
                while (e < logical.length() && !Character.isWhitespace(logical.charAt(e))) e++;
                String word = logical.text(pos + 2, e);
                int eq = word.indexOf('=');
                flags.add(new Flag(eq < 0 ? word : word.substring(0, eq), eq < 0 ? null : word.substring(eq + 1), logical.line(pos), logical.column(pos)));
                pos = logical.skipSpace(e);
            }
        }
        int textEnd = logical.length();
        while (textEnd > pos && Character.isWhitespace(logical.charAt(textEnd - 1))) textEnd--;
        Token text = logical.token(pos, textEnd);
        List<Token> arguments = exec(keyword, logical, pos, textEnd);
        boolean execForm = arguments != null;
        if (!execForm) arguments = words(logical, pos, textEnd);
        List<Heredoc> heredocs = WITH_HEREDOCS.contains(keyword) && !execForm ? heredocs(text.text(), line) : List.of();
        if (text.text().isEmpty() && !keyword.equals("HEALTHCHECK")) {
            problems.add(new ParsedDockerfile.Problem(line, column, keyword + " needs arguments"));
        }
        if (first + 1 > next) next = first + 1;
        return new Instruction(keyword, line, column, Math.max(line, next), flags, text, execForm, arguments, heredocs);
    }

    /** The JSON array's strings with where each starts, or null when the text is not a JSON array of strings (then it is shell form). */
    private static List<Token> exec(String keyword, LogicalLine logical, int from, int to) {
        if (!WITH_EXEC_FORM.contains(keyword) || from >= to || logical.charAt(from) != '[') return null;
        String json = logical.text(from, to);
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (node == null || !node.isArray()) return null;
        List<Integer> starts = stringStarts(json);
        if (starts.size() != node.size()) return null;
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) return null;
            int at = from + starts.get(i);
            out.add(new Token(node.get(i).asText(), logical.line(at), logical.column(at)));
        }
        return out;
    }

    /** Offsets of the opening quote of every JSON string literal in {@code json}. */
    private static List<Integer> stringStarts(String json) {
        List<Integer> out = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
                out.add(i);
            }
        }
        return out;
    }

    /** Words separated by unquoted whitespace; quotes and escapes are kept in the text (expansion removes them). */
    private List<Token> words(LogicalLine logical, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            i = logical.skipSpace(i);
            if (i >= to) break;
            int start = i;
            char quote = 0;
            while (i < to) {
                char c = logical.charAt(i);
                if (quote == 0 && Character.isWhitespace(c)) break;
                if (c == escape && quote != '\'' && i + 1 < to) {
                    i += 2;
                    continue;
                }
                if (quote == 0 && (c == '"' || c == '\'')) quote = c;
                else if (c == quote) quote = 0;
                i++;
            }
            out.add(logical.token(start, i));
        }
        return out;
    }

    /** The here-documents named in {@code text}, their bodies read from the lines that follow the instruction. */
    private List<Heredoc> heredocs(String text, int line) {
        List<Heredoc> out = new ArrayList<>();
        Matcher m = HEREDOC.matcher(text);
        while (m.find()) {
            boolean strip = !m.group(1).isEmpty();
            String name = m.group(3);
            StringBuilder body = new StringBuilder();
            int bodyLine = next + 1;
            boolean terminated = false;
            while (next < lines.length) {
                String l = lines[next++];
                String compared = strip ? l.replaceFirst("^\t+", "") : l;
                if (compared.equals(name)) {
                    terminated = true;
                    break;
                }
                body.append(compared).append('\n');
            }
            if (!terminated) {
                problems.add(new ParsedDockerfile.Problem(line, 1, "here-document " + name + " is not closed: no line " + name + " before the end of the file"));
            }
            out.add(new Heredoc(name, body.toString(), strip, !m.group(2).isEmpty(), bodyLine, terminated));
        }
        return out;
    }

    /** The characters of an instruction's lines joined, each remembering the line and column it was written at. */
    private static final class LogicalLine {
        private final StringBuilder text = new StringBuilder();
        private int[] lines = new int[64];
        private int[] columns = new int[64];

        void append(String line, int length, int lineNumber) {
            for (int i = 0; i < length; i++) {
                if (text.length() == lines.length) {
                    lines = java.util.Arrays.copyOf(lines, lines.length * 2);
                    columns = java.util.Arrays.copyOf(columns, columns.length * 2);
                }
                lines[text.length()] = lineNumber;
                columns[text.length()] = i + 1;
                text.append(line.charAt(i));
            }
            lastLine = lineNumber;
            lastColumn = length + 1;
        }

        private int lastLine = 1;
        private int lastColumn = 1;

        int length() {
            return text.length();
        }

        char charAt(int i) {
            return text.charAt(i);
        }

        boolean startsWith(String prefix, int at) {
            return at + prefix.length() <= text.length() && text.substring(at, at + prefix.length()).equals(prefix);
        }

        String text(int from, int to) {
            return text.substring(from, to);
        }

        int skipSpace(int i) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            return i;
        }

        int line(int i) {
            return i < text.length() ? lines[i] : lastLine;
        }

        int column(int i) {
            return i < text.length() ? columns[i] : lastColumn;
        }

        Token token(int from, int to) {
            return new Token(text(from, to), line(from), column(from));
        }
    }
}
