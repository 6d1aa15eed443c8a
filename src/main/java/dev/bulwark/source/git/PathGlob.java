package dev.bulwark.source.git;

import java.util.regex.Pattern;

/**
 * A glob over repository paths ({@code /}-separated, relative to the work tree root), with the
 * conventions of {@code .gitignore}: {@code *} and {@code ?} stay within one directory, {@code **}
 * spans directories, {@code {a,b}} picks alternatives, and a glob without a {@code /} matches the
 * file name in any directory.
 */
public final class PathGlob {
    private final String glob;
    private final Pattern pattern;

    private PathGlob(String glob, Pattern pattern) {
        this.glob = glob;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException when the glob is empty or has an unclosed {@code {} */
    public static PathGlob compile(String glob) {
        String g = glob == null ? "" : glob.strip();
        if (g.isEmpty()) throw new IllegalArgumentException("an empty glob matches nothing");
        if (g.startsWith("/")) g = g.substring(1);
        else if (!g.contains("/")) g = "**/" + g;
        return new PathGlob(glob.strip(), Pattern.compile(toRegex(g, glob.strip())));
    }

    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    @Override
    public String toString() {
        return glob;
    }

    private static String toRegex(String g, String original) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                if (slashAfter) {
                    re.append("(?:.*/)?");  // zero or more whole directories
                    i += 2;
                } else {
                    re.append(".*");
                    i += 1;
                }
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                braces++;
                re.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                re.append(')');
            } else if (c == ',' && braces > 0) {
                re.append('|');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) throw new IllegalArgumentException("unclosed { in glob \"" + original + "\"");
        return re.toString();
    }
}
