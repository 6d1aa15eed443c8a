package dev.bulwark.source.terraform.functions;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Terraform's {@code regex}, {@code regexall} and {@code replace} use Go's {@code regexp}, whose
 * syntax and matching are RE2's; RE2/J implements the same, so patterns compile as they are. What
 * Go's package adds on top is here: which empty matches {@code FindAll} and {@code ReplaceAll}
 * skip, and how {@code $1}, {@code ${name}} and {@code $$} expand in a replacement.
 *
 * <p>Where RE2/J and Go differ, the closest behaviour is kept: RE2/J counts positions in UTF-16
 * units rather than UTF-8 bytes (the matched text is the same; only invalid UTF-16 in a string
 * could tell them apart), and its Unicode tables follow the JDK's release rather than Go's.
 */
final class GoMatching {
    /** A compiled pattern and the RE2 names of its groups (index 0 is group 1; null when unnamed). */
    record Compiled(Pattern pattern, List<String> groupNames) {
        int namedCount() {
            return (int) groupNames.stream().filter(n -> n != null).count();
        }
    }

    /** One match: the whole text, and each group's text (null when the group did not take part). */
    record Match(String text, List<String> groups) {}

    private GoMatching() {}

    /** Patterns are often applied once per resource instance; compiling them again each time is waste. */
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
        Pattern p;
        try {
            p = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new FunctionException("invalid regular expression " + Json.quote(pattern) + ": "
                    + e.getDescription() + " `" + e.getPattern() + "`" + hint(e));
        }
        String[] names = new String[p.groupCount()];
        p.namedGroups().forEach((name, group) -> names[group - 1] = name);
        Compiled compiled = new Compiled(p, Collections.unmodifiableList(Arrays.asList(names)));
        CACHE.put(pattern, compiled);
        return compiled;
    }

    /** RE2 names the construct it refused; a Perl or Java habit behind it deserves a word. */
    private static String hint(PatternSyntaxException e) {
        String at = e.getPattern();
        if (at.matches("\\\\[1-9]")) {
            return " (backreferences are not supported by RE2, the syntax of Terraform's regular expressions)";
        }
        if (at.startsWith("(?=") || at.startsWith("(?!") || at.startsWith("(?<=") || at.startsWith("(?<!")
                || at.startsWith("(?>")) {
            return " (lookaround and atomic groups are not supported by RE2, the syntax of Terraform's regular expressions)";
        }
        return "";
    }

    /** The first match, or null. */
    static Match find(Compiled re, String s) {
        Matcher m = re.pattern().matcher(s);
        return m.find() ? snapshot(m) : null;
    }

    /** Go's {@code FindAll}: non-overlapping matches, skipping an empty match right after the previous one. */
    static List<Match> findAll(Compiled re, String s) {
        List<Match> found = new ArrayList<>();
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
                found.add(snapshot(m));
            }
        }
        return found;
    }

    private static Match snapshot(Matcher m) {
        List<String> groups = new ArrayList<>(m.groupCount());
        for (int g = 1; g <= m.groupCount(); g++) {
            groups.add(m.group(g));
        }
        return new Match(m.group(), groups);
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

    /** Go's {@code Expand}: {@code $name} takes the longest run of name characters; an unknown group expands to nothing. */
    private static void expand(Compiled re, String template, Matcher m, String s, StringBuilder out) {
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
}
