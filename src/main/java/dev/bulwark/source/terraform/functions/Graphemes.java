package dev.bulwark.source.terraform.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terraform measures and slices strings in user-perceived characters (grapheme clusters), not code units. */
final class Graphemes {
    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private Graphemes() {}

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = CLUSTER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int count(String s) {
        if (isAscii(s)) {
            return s.length() - crlfPairs(s);
        }
        int n = 0;
        Matcher m = CLUSTER.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // CR LF is one cluster.
    private static int crlfPairs(String s) {
        int pairs = 0;
        for (int i = s.indexOf('\r'); i >= 0 && i + 1 < s.length(); i = s.indexOf('\r', i + 1)) {
            if (s.charAt(i + 1) == '\n') {
                pairs++;
            }
        }
        return pairs;
    }
}
