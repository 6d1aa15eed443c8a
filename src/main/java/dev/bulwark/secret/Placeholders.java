package dev.bulwark.secret;

import java.util.Locale;
import java.util.Set;

/**
 * Values that stand in for a secret without being one: empty, one repeated character
 * ({@code xxxxxxxx}, {@code ********}), a template ({@code <your-key>}, {@code [token]}) or words
 * that only describe a secret ({@code changeme}, {@code REPLACE_ME}, {@code your_api_key_here},
 * {@code example}, {@code dummy}, {@code TODO}). A vendor's documented example credential is not a
 * placeholder: it has the shape of a real one and gets replaced by one.
 */
final class Placeholders {
    /** Words that, alone or together, describe a secret rather than being one. */
    private static final Set<String> WORDS = Set.of(
            "your", "my", "the", "a", "an", "here", "goes", "insert", "put", "enter", "set", "add", "value", "key", "api",
            "secret", "secrets", "password", "passwd", "pass", "pwd", "passphrase", "token", "access", "client", "private",
            "auth", "credential", "credentials", "example", "sample", "dummy", "fake", "test", "placeholder", "changeme",
            "change", "me", "it", "this", "replace", "replaceme", "todo", "tbd", "fixme", "redacted", "hidden", "masked",
            "none", "null", "nil", "undefined", "na", "n", "real", "actual", "own", "default", "foo", "bar", "baz",
            "xxx", "xxxx", "yyy", "zzz", "abc", "abcdef", "123", "1234", "12345", "123456", "string");

    private Placeholders() {
    }

    /**
     * True for a value made of filler: one character repeated, mostly {@code X}/{@code x}/{@code *}/{@code .}
     * (at least half of it, as in {@code AKIAXXXXXXXXXXXXXXXX} or {@code sk_live_xxxx…}).
     */
    static boolean filler(CharSequence s) {
        if (s.length() == 0 || Chars.allSame(s)) return true;
        int fill = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'X' || c == 'x' || c == '*' || c == '.' || c == '#') fill++;
        }
        return fill * 2 >= s.length();
    }

    /** True when {@code value} obviously stands in for a secret (see the class comment). */
    static boolean placeholder(String value) {
        String v = value.strip();
        if (v.isEmpty() || filler(v)) return true;
        char first = v.charAt(0);
        char last = v.charAt(v.length() - 1);
        if (first == '<' && last == '>' || first == '[' && last == ']' || first == '%' && last == '%'
                || first == '_' && last == '_' && v.length() > 4 && v.startsWith("__") && v.endsWith("__")) {
            return true;
        }
        String[] words = v.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        boolean any = false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            any = true;
            if (!WORDS.contains(w) && !filler(w)) return false;
        }
        return any;
    }
}
