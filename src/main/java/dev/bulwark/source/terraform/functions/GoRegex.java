package dev.bulwark.source.terraform.functions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Terraform's regular expressions are Go's RE2 syntax. This translates a pattern to
 * {@link java.util.regex} where the two differ ({@code (?P<name>)}, POSIX classes, {@code $}
 * meaning end of text, literal braces) and rejects what RE2 rejects (backreferences, lookaround),
 * then matches and replaces with Go's rules for empty matches and {@code $1}/{@code ${name}}.
 */
final class GoRegex {
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\p{Space}"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));
    private static final String RE2_SPACE = "\\t\\n\\f\\r ";
    private static final int MAX_REPEAT = 1000;

    /** A compiled pattern and the RE2 names of its groups (index 0 is group 1; null when unnamed). */
    record Compiled(Pattern pattern, List<String> groupNames) {
        int namedCount() {
            int n = 0;
            for (String name : groupNames) {
                if (name != null) {
                    n++;
                }
            }
            return n;
        }
    }

    private final String src;
    private final StringBuilder out = new StringBuilder();
    private final List<String> names = new ArrayList<>();
    private int pos;

    private GoRegex(String src) {
        this.src = src;
    }

    /** Patterns are often applied once per resource instance; translating them again each time is waste. */
    private static final Map<String, Compiled> CACHE = Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
            return size() > 256;
        }
    });

    static Compiled compile(String pattern) throws FunctionException {
        Compiled cached = CACHE.get(pattern);
        if (cached != null) {
            return cached;
        }
        Compiled compiled = translateAndCompile(pattern);
        CACHE.put(pattern, compiled);
        return compiled;
    }

    private static Compiled translateAndCompile(String pattern) throws FunctionException {
        GoRegex t = new GoRegex(pattern);
        String translated = t.translate();
        try {
            int flags = Pattern.UNIX_LINES | Pattern.UNICODE_CASE;
            return new Compiled(Pattern.compile(translated, flags), Collections.unmodifiableList(t.names));
        } catch (PatternSyntaxException e) {
            throw new FunctionException("invalid regular expression " + Json.quote(pattern) + ": " + e.getDescription());
        }
    }

    /** Non-overlapping matches, skipping an empty match right after the previous match as Go does. */
    static List<MatchResult> findAll(Compiled re, String s) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = re.pattern().matcher(s);
        int pos = 0;
        int prevEnd = -1;
        while (pos <= s.length() && m.find(pos)) {
            boolean accept = true;
            if (m.end() == m.start()) {
                if (m.start() == prevEnd) {
                    accept = false;
                }
                pos = m.end() < s.length() ? m.end() + Character.charCount(s.codePointAt(m.end())) : m.end() + 1;
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) {
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    /** Go's {@code ReplaceAllString}: the template may use {@code $1}, {@code ${1}}, {@code $name}, {@code $$}. */
    static String replaceAll(Compiled re, String s, String template, long maxChars) throws FunctionException {
        StringBuilder result = new StringBuilder();
        Matcher m = re.pattern().matcher(s);
        int copied = 0;
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= s.length() && m.find(searchPos)) {
            result.append(s, copied, m.start());
            copied = m.end();
            // An empty match right after another match is not replaced again.
            if (m.end() > lastMatchEnd || m.start() == 0) {
                expand(re, template, m, s, result);
            }
            if (result.length() > maxChars) {
                throw new FunctionException("the result would be longer than the limit of " + maxChars + " characters");
            }
            lastMatchEnd = m.end();
            int width = searchPos < s.length() ? Character.charCount(s.codePointAt(searchPos)) : 0;
            if (searchPos + width > m.end()) {
                searchPos += width;
            } else if (searchPos + 1 > m.end()) {
                searchPos++;
            } else {
                searchPos = m.end();
            }
        }
        result.append(s, Math.min(copied, s.length()), s.length());
        return result.toString();
    }

    private static void expand(Compiled re, String template, MatchResult m, String s, StringBuilder out) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            if (template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String name;
            int next;
            if (template.charAt(i + 1) == '{') {
                int close = template.indexOf('}', i + 2);
                name = close < 0 ? null : template.substring(i + 2, close);
                next = close + 1;
                if (name != null && (name.isEmpty() || !isNameChars(name))) {
                    name = null;
                }
            } else {
                int j = i + 1;
                while (j < template.length() && isNameChar(template.charAt(j))) {
                    j++;
                }
                name = j > i + 1 ? template.substring(i + 1, j) : null;
                next = j;
            }
            if (name == null) {
                out.append('$'); // not a reference: Go keeps the dollar sign as written
                i++;
                continue;
            }
            int group = groupIndex(re, name);
            if (group >= 0 && group <= m.groupCount() && m.start(group) >= 0) {
                out.append(s, m.start(group), m.end(group));
            }
            i = next;
        }
    }

    private static int groupIndex(Compiled re, String name) {
        if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            try {
                return Integer.parseInt(name);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        int i = re.groupNames().indexOf(name);
        return i < 0 ? -1 : i + 1;
    }

    private static boolean isNameChars(String s) {
        return s.chars().allMatch(ch -> isNameChar((char) ch));
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ---- translation ----

    private String translate() throws FunctionException {
        boolean multiline = src.matches("(?s).*\\(\\?[imsU]*m[imsU]*[:)].*");
        while (pos < src.length()) {
            char c = src.charAt(pos);
            switch (c) {
                case '\\' -> escape(false);
                case '[' -> charClass();
                case '(' -> group();
                case '$' -> {
                    out.append(multiline ? "$" : "\\z");
                    pos++;
                }
                case '{' -> brace();
                default -> {
                    out.append(c);
                    pos++;
                }
            }
        }
        return out.toString();
    }

    private void group() throws FunctionException {
        if (!src.startsWith("(?", pos)) {
            names.add(null);
            out.append('(');
            pos++;
            return;
        }
        String rest = src.substring(pos);
        if (rest.startsWith("(?P<") || (rest.startsWith("(?<") && !rest.startsWith("(?<=") && !rest.startsWith("(?<!"))) {
            int nameStart = pos + (rest.startsWith("(?P<") ? 4 : 3);
            int close = src.indexOf('>', nameStart);
            String name = close < 0 ? "" : src.substring(nameStart, close);
            if (name.isEmpty() || !isNameChars(name)) {
                throw fail("invalid named capture group");
            }
            if (names.contains(name)) {
                throw fail("duplicate capture group name " + Json.quote(name));
            }
            names.add(name);
            out.append("(?<g").append(names.size()).append('>');
            pos = close + 1;
            return;
        }
        if (rest.startsWith("(?=") || rest.startsWith("(?!") || rest.startsWith("(?<") || rest.startsWith("(?>")) {
            throw fail("lookaround and atomic groups are not supported by Terraform's regular expressions");
        }
        int i = pos + 2;
        while (i < src.length() && "imsU-".indexOf(src.charAt(i)) >= 0) {
            if (src.charAt(i) == 'U') {
                throw fail("the ungreedy flag U is not supported");
            }
            i++;
        }
        if (i >= src.length() || (src.charAt(i) != ':' && src.charAt(i) != ')')) {
            throw fail("invalid or unsupported group syntax");
        }
        out.append(src, pos, i + 1);
        pos = i + 1;
    }

    private void brace() throws FunctionException {
        int close = src.indexOf('}', pos);
        String body = close < 0 ? null : src.substring(pos + 1, close);
        if (body != null && body.matches("[0-9]+(,[0-9]*)?")) {
            for (String part : body.split(",")) {
                if (!part.isEmpty() && (part.length() > 4 || Integer.parseInt(part) > MAX_REPEAT)) {
                    throw fail("repeat count {" + body + "} is larger than " + MAX_REPEAT);
                }
            }
            out.append(src, pos, close + 1);
            pos = close + 1;
        } else {
            out.append("\\{"); // RE2 treats a brace that starts no repeat count as a literal
            pos++;
        }
    }

    private void charClass() throws FunctionException {
        out.append('[');
        pos++;
        if (pos < src.length() && src.charAt(pos) == '^') {
            out.append('^');
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == ']') {
            out.append("\\]");
            pos++;
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ']') {
                out.append(']');
                pos++;
                return;
            }
            if (c == '\\') {
                escape(true);
            } else if (c == '[' && src.startsWith("[:", pos)) {
                int close = src.indexOf(":]", pos + 2);
                String name = close < 0 ? null : src.substring(pos + 2, close);
                boolean negated = name != null && name.startsWith("^");
                String java = name == null ? null : POSIX.get(negated ? name.substring(1) : name);
                if (java == null) {
                    throw fail("invalid character class range");
                }
                out.append(negated ? negate(java) : java);
                pos = close + 2;
            } else if (c == '[' || c == '&') {
                out.append('\\').append(c); // literal in RE2, special inside a Java class
                pos++;
            } else {
                out.append(c);
                pos++;
            }
        }
        throw fail("missing closing ]");
    }

    private static String negate(String javaClass) {
        if (javaClass.equals("\\w")) {
            return "\\W";
        }
        return "\\P" + javaClass.substring(2);
    }

    private void escape(boolean inClass) throws FunctionException {
        if (pos + 1 >= src.length()) {
            throw fail("trailing backslash at end of expression");
        }
        char c = src.charAt(pos + 1);
        pos += 2;
        switch (c) {
            case 's' -> out.append(inClass ? RE2_SPACE : "[" + RE2_SPACE + "]");
            case 'S' -> out.append("[^" + RE2_SPACE + "]");
            case 'v' -> out.append("\\x0B");
            case 'd', 'D', 'w', 'W', 'b', 'B', 'A', 'z', 'a', 'f', 't', 'n', 'r', 'x' -> out.append('\\').append(c);
            case 'p', 'P' -> unicodeClass(c);
            case 'Q' -> {
                int end = src.indexOf("\\E", pos);
                String literal = end < 0 ? src.substring(pos) : src.substring(pos, end);
                out.append(Pattern.quote(literal));
                pos = end < 0 ? src.length() : end + 2;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> octal(c);
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw fail("invalid escape sequence \\" + c);
                }
                out.append('\\').append(c);
            }
        }
    }

    private void octal(char first) throws FunctionException {
        int start = pos - 1;
        int end = start + 1;
        while (end < src.length() && end < start + 3 && src.charAt(end) >= '0' && src.charAt(end) <= '7') {
            end++;
        }
        if (first != '0' && end == start + 1) {
            throw fail("backreferences such as \\" + first + " are not supported");
        }
        int code = Integer.parseInt(src.substring(start, end), 8);
        out.append(String.format("\\x{%x}", code));
        pos = end;
    }

    private void unicodeClass(char kind) throws FunctionException {
        String name;
        if (pos < src.length() && src.charAt(pos) == '{') {
            int close = src.indexOf('}', pos);
            if (close < 0) {
                throw fail("invalid character class range");
            }
            name = src.substring(pos + 1, close);
            pos = close + 1;
        } else if (pos < src.length()) {
            name = String.valueOf(src.charAt(pos));
            pos++;
        } else {
            throw fail("invalid character class range");
        }
        boolean negated = name.startsWith("^");
        if (negated) {
            name = name.substring(1);
            kind = kind == 'p' ? 'P' : 'p';
        }
        // RE2 names scripts bare (\p{Greek}); Java wants them prefixed with "Is".
        String java = name.length() <= 2 || name.equals("Any") ? name : "Is" + name;
        if (name.equals("Any")) {
            out.append(kind == 'p' ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]");
            return;
        }
        out.append('\\').append(kind).append('{').append(java).append('}');
    }

    private FunctionException fail(String message) {
        return new FunctionException("invalid regular expression " + Json.quote(src) + ": " + message);
    }
}
