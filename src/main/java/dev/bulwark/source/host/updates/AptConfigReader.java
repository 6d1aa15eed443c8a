package dev.bulwark.source.host.updates;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * APT's configuration as apt reads it: {@code /etc/apt/apt.conf.d/*} in name order (names of letters,
 * digits, {@code _ - .} only, without an extension or ending in {@code .conf}), then {@code /etc/apt/apt.conf}.
 * Both {@code APT::Periodic::Unattended-Upgrade "1";} and the scoped {@code APT { Periodic { ... }; };} forms
 * are read; comments are {@code //}, {@code /* *}{@code /} and {@code #}; a later value replaces an earlier one.
 */
public final class AptConfigReader {
    public static final String PARTS = "/etc/apt/apt.conf.d";
    public static final String MAIN = "/etc/apt/apt.conf";

    private final Map<String, Value> values = new HashMap<>();
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<String> read = new ArrayList<>();

    /** A value and the line that set it. */
    public record Value(String text, FileLine at) {
    }

    public static AptConfigReader read(ConfigFiles files) {
        AptConfigReader r = new AptConfigReader();
        for (String name : files.list(PARTS)) {
            if (!name.matches("[A-Za-z0-9_.-]+") || (name.contains(".") && !name.endsWith(".conf"))) continue;
            Optional<String> text = files.read(PARTS + "/" + name);
            if (text.isPresent()) r.parse(PARTS + "/" + name, text.get());
        }
        Optional<String> main = files.read(MAIN);
        if (main.isPresent()) r.parse(MAIN, main.get());
        return r;
    }

    /** The value of a full option name, compared without regard to case as apt does. */
    public Optional<Value> get(String name) {
        return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT)));
    }

    public List<String> filesRead() {
        return List.copyOf(read);
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    void parse(String file, String text) {
        read.add(file);
        Deque<String> scopes = new ArrayDeque<>();
        List<String[]> tokens = tokens(file, text);
        int i = 0;
        while (i < tokens.size()) {
            String[] t = tokens.get(i);
            if (t[0].equals("}")) {
                if (scopes.isEmpty()) problems.add(new ConfigProblem(file, Integer.parseInt(t[1]), "unexpected \"}\""));
                else scopes.pop();
                i++;
                if (i < tokens.size() && tokens.get(i)[0].equals(";")) i++;
                continue;
            }
            if (t[0].equals(";")) {
                i++;
                continue;
            }
            String name = t[0];
            int line = Integer.parseInt(t[1]);
            i++;
            String full = (scopes.isEmpty() ? "" : String.join("::", reversed(scopes)) + "::") + name;
            if (i < tokens.size() && tokens.get(i)[0].equals("{")) {
                scopes.push(name);
                i++;
                continue;
            }
            String value = "";
            if (i < tokens.size() && tokens.get(i)[2] != null) {
                value = tokens.get(i)[2];
                i++;
            }
            if (i >= tokens.size() || !tokens.get(i)[0].equals(";")) {
                problems.add(new ConfigProblem(file, line, "option " + full + " does not end with \";\""));
            } else {
                i++;
            }
            values.put(full.toLowerCase(Locale.ROOT), new Value(value, new FileLine(file, line)));
        }
        if (!scopes.isEmpty()) problems.add(new ConfigProblem(file, 0, "block " + scopes.peek() + " is not closed"));
    }

    private static List<String> reversed(Deque<String> scopes) {
        List<String> out = new ArrayList<>(scopes);
        java.util.Collections.reverse(out);
        return out;
    }

    /** Tokens as {text, line, quoted value or null}. */
    private List<String[]> tokens(String file, String text) {
        List<String[]> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                while (i < text.length() && text.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) end = text.length() - 2;
                for (int k = i; k < end; k++) if (text.charAt(k) == '\n') line++;
                i = end + 2;
            } else if (c == '{' || c == '}' || c == ';') {
                out.add(new String[]{String.valueOf(c), Integer.toString(line), null});
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    problems.add(new ConfigProblem(file, line, "unterminated quoted value"));
                    end = text.length();
                }
                String v = text.substring(i + 1, end);
                out.add(new String[]{"\"", Integer.toString(line), v});
                i = end + 1;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "{};\"".indexOf(text.charAt(i)) < 0) i++;
                out.add(new String[]{text.substring(start, i), Integer.toString(line), null});
            }
        }
        return out;
    }
}
