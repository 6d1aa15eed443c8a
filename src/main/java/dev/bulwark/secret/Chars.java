package dev.bulwark.secret;

/** Character classes and bounded look-arounds the detectors share (ASCII only: every token format is ASCII). */
final class Chars {
    private Chars() {
    }

    static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean lowerHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    static boolean hex(char c) {
        return lowerHex(c) || c >= 'A' && c <= 'F';
    }

    static boolean base64(char c) {
        return alnum(c) || c == '+' || c == '/';
    }

    static boolean base64Url(char c) {
        return alnum(c) || c == '-' || c == '_';
    }

    /** The character at {@code i}, or a space outside the text (a space bounds every token). */
    static char at(CharSequence text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    /** True when {@code text} holds {@code literal} at {@code from}. */
    static boolean startsWith(CharSequence text, int from, String literal) {
        if (from < 0 || from + literal.length() > text.length()) return false;
        for (int i = 0; i < literal.length(); i++) {
            if (text.charAt(from + i) != literal.charAt(i)) return false;
        }
        return true;
    }

    /** Length of the run of characters of {@code cls} starting at {@code from}, at most {@code max}. */
    static int run(CharSequence text, int from, int max, CharClass cls) {
        int n = 0;
        int limit = Math.min(text.length(), from + max);
        for (int i = from; i < limit && cls.test(text.charAt(i)); i++) n++;
        return n;
    }

    /** Offset of the start of the line {@code lines} lines before the one holding {@code at}. */
    static int lineStartBefore(CharSequence text, int at, int lines) {
        int i = Math.min(at, text.length()) - 1;
        int seen = 0;
        for (; i >= 0; i--) {
            if (text.charAt(i) == '\n' && seen++ == lines) break;
        }
        return i + 1;
    }

    /** Offset of the end of the line {@code lines} lines after the one holding {@code at}. */
    static int lineEndAfter(CharSequence text, int at, int lines) {
        int seen = 0;
        int i = at;
        for (; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && seen++ == lines) break;
        }
        return i;
    }

    /** Whether {@code text[from, to)} contains {@code word} ignoring ASCII case. */
    static boolean containsIgnoreCase(CharSequence text, int from, int to, String word) {
        from = Math.max(0, from);
        to = Math.min(text.length(), to);
        outer:
        for (int i = from; i + word.length() <= to; i++) {
            for (int j = 0; j < word.length(); j++) {
                if (Character.toLowerCase(text.charAt(i + j)) != word.charAt(j)) continue outer;
            }
            return true;
        }
        return false;
    }

    /** Shannon entropy of {@code s} in bits per character. */
    static double entropy(CharSequence s) {
        if (s.length() == 0) return 0;
        java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < s.length(); i++) counts.merge(s.charAt(i), 1, Integer::sum);
        double h = 0;
        for (int n : counts.values()) {
            double p = (double) n / s.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    /** True when every character of {@code s} is the same one. */
    static boolean allSame(CharSequence s) {
        for (int i = 1; i < s.length(); i++) if (s.charAt(i) != s.charAt(0)) return false;
        return true;
    }

    @FunctionalInterface
    interface CharClass {
        boolean test(char c);
    }
}
