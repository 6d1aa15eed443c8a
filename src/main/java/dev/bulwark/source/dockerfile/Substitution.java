package dev.bulwark.source.dockerfile;

import java.util.Map;

/**
 * Variable substitution and quote removal in one pass, as Docker does for FROM, ENV, ARG, USER,
 * EXPOSE, COPY and the other instructions that expand: {@code $VAR}, {@code ${VAR}},
 * {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:+alt}}, {@code ${VAR+alt}},
 * {@code ${VAR:?message}}; single quotes keep their text literally, double quotes still expand, and
 * the escape character keeps the next character literally.
 *
 * <p>Variables map a name to its value; a name mapped to null is an ARG declared without a default,
 * whose value only a {@code --build-arg} gives: a plain reference to it is unknown, while the
 * operators that supply a value when the variable is not set use that value. A name not declared at
 * all expands to the empty string, as in Docker.
 */
public final class Substitution {
    private Substitution() {}

    /** The expanded text, or, when it depends on a value only the build gives, the name of that variable. */
    public record Result(String text, String unknownVariable) {
        public boolean known() {
            return unknownVariable == null;
        }
    }

    public static Result expand(String word, Map<String, String> variables, char escape) {
        Expander e = new Expander(word, variables, escape);
        String text = e.run(0, word.length());
        return new Result(text, e.unknown);
    }

    private static final class Expander {
        private final String word;
        private final Map<String, String> variables;
        private final char escape;
        private String unknown;

        Expander(String word, Map<String, String> variables, char escape) {
            this.word = word;
            this.variables = variables;
            this.escape = escape;
        }

        String run(int from, int to) {
            StringBuilder out = new StringBuilder();
            boolean inDouble = false;
            int i = from;
            while (i < to) {
                char c = word.charAt(i);
                if (c == '\'' && !inDouble) {
                    int close = word.indexOf('\'', i + 1);
                    if (close < 0 || close >= to) close = to;
                    out.append(word, i + 1, close);
                    i = close + 1;
                } else if (c == '"') {
                    inDouble = !inDouble;
                    i++;
                } else if (c == escape && i + 1 < to) {
                    char n = word.charAt(i + 1);
                    if (inDouble && n != '"' && n != '$' && n != escape) out.append(c);
                    out.append(n);
                    i += 2;
                } else if (c == '$' && i + 1 < to && word.charAt(i + 1) == '{') {
                    i = braced(i + 2, to, out);
                } else if (c == '$' && i + 1 < to && isNameStart(word.charAt(i + 1))) {
                    int e = i + 1;
                    while (e < to && isNamePart(word.charAt(e))) e++;
                    out.append(plain(word.substring(i + 1, e)));
                    i = e;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        /** {@code ${...}} starting after the brace; returns the index after the closing brace. */
        private int braced(int start, int to, StringBuilder out) {
            int e = start;
            while (e < to && isNamePart(word.charAt(e))) e++;
            String name = word.substring(start, e);
            int close = closing(e, to);
            if (name.isEmpty() || e >= to) {
                // Not a substitution Docker accepts; keep the text so nothing is silently dropped.
                out.append(word, start - 2, Math.min(close + 1, to));
                return Math.min(close + 1, to);
            }
            if (word.charAt(e) == '}') {
                out.append(plain(name));
                return e + 1;
            }
            boolean colon = word.charAt(e) == ':';
            int opAt = colon ? e + 1 : e;
            char op = opAt < close ? word.charAt(opAt) : '}';
            // The word after the operator is expanded only when it is used, as in the shell.
            java.util.function.Supplier<String> argument = () -> opAt + 1 <= close ? run(opAt + 1, close) : "";
            boolean declared = variables.containsKey(name);
            String value = variables.get(name);
            boolean set = declared && value != null;
            boolean useful = set && (!colon || !value.isEmpty());
            switch (op) {
                case '-' -> out.append(useful ? value : argument.get());
                case '+' -> out.append(useful ? argument.get() : "");
                case '?' -> {
                    if (useful) out.append(value);
                    else markUnknown(name);
                }
                default -> markUnknown(name);
            }
            return close + 1;
        }

        /** The index of the brace closing the one opened before {@code from}, or {@code to} when there is none. */
        private int closing(int from, int to) {
            int depth = 1;
            for (int i = from; i < to; i++) {
                char c = word.charAt(i);
                if (c == escape) {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return to;
        }

        private String plain(String name) {
            if (!variables.containsKey(name)) return "";
            String v = variables.get(name);
            if (v == null) {
                markUnknown(name);
                return "";
            }
            return v;
        }

        private void markUnknown(String name) {
            if (unknown == null) unknown = name;
        }

        private static boolean isNameStart(char c) {
            return c == '_' || Character.isLetter(c);
        }

        private static boolean isNamePart(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }
}
