package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import dev.bulwark.source.terraform.functions.Builtin.Unknowns;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terraform's string functions. */
final class StringFunctions {
    private StringFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.variadic("format", 1, a -> Value.of(Formatter.format(a, a.string(0), a.all().subList(1, a.size()))))
                        .nullableFrom(1),
                Builtin.variadic("formatlist", 1, StringFunctions::formatlist).unknowns(Unknowns.SELF).nullableFrom(1),
                Builtin.variadic("join", 2, StringFunctions::join),
                Builtin.of("split", 2, a -> split(a.string(0), a.string(1))),
                Builtin.of("lower", 1, a -> Value.of(mapCodePoints(a.string(0), false))),
                Builtin.of("upper", 1, a -> Value.of(mapCodePoints(a.string(0), true))),
                Builtin.of("title", 1, a -> Value.of(title(a.string(0)))),
                Builtin.of("trim", 2, a -> Value.of(trim(a.string(0), a.string(1)))),
                Builtin.of("trimspace", 1, a -> Value.of(trimSpace(a.string(0)))),
                Builtin.of("trimprefix", 2, a -> {
                    String s = a.string(0);
                    String prefix = a.string(1);
                    return Value.of(s.startsWith(prefix) ? s.substring(prefix.length()) : s);
                }),
                Builtin.of("trimsuffix", 2, a -> {
                    String s = a.string(0);
                    String suffix = a.string(1);
                    return Value.of(s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s);
                }),
                Builtin.of("replace", 3, a -> Value.of(replace(a, a.string(0), a.string(1), a.string(2)))),
                Builtin.of("substr", 3, a -> Value.of(substr(a.string(0), a.integer(1), a.integer(2)))),
                Builtin.of("regex", 2, a -> regex(a, a.string(0), a.string(1))),
                Builtin.of("regexall", 2, a -> regexAll(a, a.string(0), a.string(1))),
                Builtin.of("startswith", 2, a -> Value.of(a.string(0).startsWith(a.string(1)))),
                Builtin.of("endswith", 2, a -> Value.of(a.string(0).endsWith(a.string(1)))),
                Builtin.of("strcontains", 2, a -> Value.of(a.string(0).contains(a.string(1)))),
                Builtin.of("indent", 2, a -> {
                    int spaces = a.integer(0);
                    if (spaces < 0 || spaces > 10_000) {
                        throw a.argError(0, "must be between 0 and 10000, got " + spaces);
                    }
                    String s = a.string(1);
                    a.checkResultSize(s.length() + (long) spaces * s.chars().filter(c -> c == '\n').count());
                    return Value.of(s.replace("\n", "\n" + " ".repeat(spaces)));
                }),
                Builtin.of("chomp", 1, a -> Value.of(chomp(a.string(0)))),
                Builtin.of("strrev", 1, a -> {
                    List<String> chars = Graphemes.split(a.string(0));
                    Collections.reverse(chars);
                    return Value.of(String.join("", chars));
                }));
    }

    private static Value formatlist(Args a) throws FunctionException {
        Value.Unknown formatUnknown = a.get(0) instanceof Value.Unknown u ? u : null;
        if (formatUnknown != null) {
            return formatUnknown;
        }
        String format = a.string(0);
        int n = a.size() - 1;
        int length = -1;
        int lengthFrom = -1;
        for (int i = 1; i < a.size(); i++) {
            Value v = a.get(i);
            if (v instanceof Value.Unknown u) {
                return u; // might be a list whose length decides the result's
            }
            if (v instanceof Value.ListV l) {
                if (length < 0) {
                    length = l.items().size();
                    lengthFrom = i;
                } else if (l.items().size() != length) {
                    throw a.argError(i, "has length " + l.items().size() + ", which is inconsistent with argument "
                            + (lengthFrom + 1) + " of length " + length);
                }
            }
        }
        if (length < 0) {
            length = 1;
        }
        List<Value> results = new ArrayList<>(length);
        for (int k = 0; k < length; k++) {
            List<Value> row = new ArrayList<>(n);
            Value.Unknown unknown = null;
            for (int i = 1; i < a.size(); i++) {
                Value v = a.get(i) instanceof Value.ListV l ? l.items().get(k) : a.get(i);
                if (unknown == null) {
                    unknown = Convert.firstUnknown(v);
                }
                row.add(v);
            }
            if (unknown != null) {
                results.add(Convert.derived(unknown));
                continue;
            }
            try {
                results.add(Value.of(Formatter.format(a, format, row)));
            } catch (FunctionException e) {
                throw a.error("error on format iteration " + k + ": " + e.getMessage().substring(a.function().length() + 2));
            }
        }
        return new Value.ListV(results);
    }

    private static Value join(Args a) throws FunctionException {
        String sep = a.string(0);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < a.size(); i++) {
            List<Value> items = a.list(i);
            for (int k = 0; k < items.size(); k++) {
                Value item = items.get(k);
                if (item instanceof Value.Null) {
                    throw a.argError(i, "element " + k + " is null; cannot concatenate null values");
                }
                if (!first) {
                    out.append(sep);
                }
                first = false;
                out.append(a.elementString(item, "argument " + (i + 1) + " element " + k));
            }
        }
        return Value.of(out.toString());
    }

    static Value split(String sep, String s) {
        List<Value> parts = new ArrayList<>();
        if (sep.isEmpty()) {
            // Go splits into UTF-8 sequences, i.e. code points, when the separator is empty.
            s.codePoints().forEach(cp -> parts.add(Value.of(new String(Character.toChars(cp)))));
            return new Value.ListV(parts);
        }
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, start)) {
            parts.add(Value.of(s.substring(start, i)));
            start = i + sep.length();
        }
        parts.add(Value.of(s.substring(start)));
        return new Value.ListV(parts);
    }

    /** Per-code-point case mapping, as Go does it (no locale, no "ß" to "SS"). */
    static String mapCodePoints(String s, boolean upper) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
        return out.toString();
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.appendCodePoint(isWordSeparator(prev) ? Character.toTitleCase(cp) : cp);
            prev = cp;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isWordSeparator(int cp) {
        if (cp <= 0x7F) {
            return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_');
        }
        if (Character.isLetter(cp) || Character.isDigit(cp)) {
            return false;
        }
        return isSpace(cp);
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(int cp) {
        switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
                return true;
            default:
                if (cp < 0x100) {
                    return false;
                }
                int type = Character.getType(cp);
                return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR;
        }
    }

    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static String replace(Args a, String s, String search, String replacement) throws FunctionException {
        if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
            GoMatching.Compiled re = GoMatching.compile(search.substring(1, search.length() - 1));
            return GoMatching.replaceAll(re, s, replacement, Args.MAX_RESULT_CHARS);
        }
        long occurrences = search.isEmpty() ? s.codePointCount(0, s.length()) + 1L : countOccurrences(s, search);
        a.checkResultSize(s.length() + occurrences * replacement.length());
        if (search.isEmpty()) {
            // Go inserts the replacement around every code point.
            StringBuilder out = new StringBuilder(replacement);
            s.codePoints().forEach(cp -> out.appendCodePoint(cp).append(replacement));
            return out.toString();
        }
        return s.replace(search, replacement);
    }

    private static long countOccurrences(String s, String search) {
        long n = 0;
        for (int i = s.indexOf(search); i >= 0; i = s.indexOf(search, i + search.length())) {
            n++;
        }
        return n;
    }

    private static String substr(String s, int offset, int length) {
        List<String> chars = Graphemes.split(s);
        if (offset < 0) {
            offset = Math.max(0, offset + chars.size());
        }
        if (length == 0 || offset >= chars.size()) {
            return "";
        }
        int end = length < 0 ? chars.size() : (int) Math.min((long) offset + length, chars.size());
        return String.join("", chars.subList(offset, end));
    }

    private static String chomp(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static Value regex(Args a, String pattern, String s) throws FunctionException {
        GoMatching.Compiled re = compileForCapture(a, pattern);
        GoMatching.Match m = GoMatching.find(re, s);
        if (m == null) {
            throw a.error("pattern did not match any part of the given string");
        }
        return captures(re, m);
    }

    private static Value regexAll(Args a, String pattern, String s) throws FunctionException {
        GoMatching.Compiled re = compileForCapture(a, pattern);
        List<Value> out = new ArrayList<>();
        for (GoMatching.Match m : GoMatching.findAll(re, s)) {
            out.add(captures(re, m));
        }
        return new Value.ListV(out);
    }

    private static GoMatching.Compiled compileForCapture(Args a, String pattern) throws FunctionException {
        GoMatching.Compiled re = GoMatching.compile(pattern);
        int named = re.namedCount();
        if (named > 0 && named < re.groupNames().size()) {
            throw a.error("invalid regular expression: cannot mix both named and unnamed capture groups");
        }
        return re;
    }

    /** The whole match without groups, a list of groups, or an object of named groups; unmatched groups are null. */
    private static Value captures(GoMatching.Compiled re, GoMatching.Match m) {
        List<String> names = re.groupNames();
        if (names.isEmpty()) {
            return Value.of(m.text());
        }
        List<Value> groups = new ArrayList<>(names.size());
        for (String text : m.groups()) {
            groups.add(text == null ? Value.NULL : Value.of(text));
        }
        if (names.get(0) == null) {
            return new Value.ListV(groups);
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int g = 0; g < names.size(); g++) {
            fields.put(names.get(g), groups.get(g));
        }
        return Order.sortedObject(fields);
    }
}
