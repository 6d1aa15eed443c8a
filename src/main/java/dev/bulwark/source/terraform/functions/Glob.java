package dev.bulwark.source.terraform.functions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Terraform's {@code fileset} patterns: {@code *} and {@code ?} stay within a directory,
 * {@code **} as a whole path element spans zero or more directories (so {@code **}{@code /*.tf}
 * also matches {@code main.tf}), plus {@code [class]}, {@code {a,b}} and {@code \} escapes.
 * Java's {@code glob:} path matcher differs on the zero-directory case.
 */
public final class Glob {
    private Glob() {}

    /** Regular files under {@code dir} whose '/'-separated relative path matches {@code pattern}, sorted as Terraform sorts. */
    public static List<String> fileset(Path dir, String pattern) throws FunctionException, IOException {
        Pattern re = compile(pattern);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                    if (re.matcher(rel).matches()) {
                        out.add(rel);
                    }
                }
            }
        }
        out.sort(Order.STRINGS);
        return out;
    }

    /** The pattern as a regular expression over '/'-separated relative paths. */
    public static Pattern compile(String glob) throws FunctionException {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    boolean wholeElement = doubleStar && (i == 0 || glob.charAt(i - 1) == '/')
                            && (i + 2 == glob.length() || glob.charAt(i + 2) == '/');
                    if (wholeElement) {
                        if (i + 2 < glob.length()) {
                            re.append("(?:.*/)?"); // "**/" matches zero or more directories
                            i += 2;
                        } else {
                            re.append(".*");
                            i += 1;
                        }
                    } else {
                        re.append("[^/]*");
                        while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                            i++;
                        }
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        throw new FunctionException("invalid glob pattern " + Json.quote(glob) + ": unclosed [");
                    }
                    String body = glob.substring(i + 1, close);
                    if (body.startsWith("!") || body.startsWith("^")) {
                        body = "^" + body.substring(1);
                    }
                    re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&")).append(']');
                    i = close;
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        re.append("\\}");
                    } else {
                        braces--;
                        re.append(')');
                    }
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 >= glob.length()) {
                        throw new FunctionException("invalid glob pattern " + Json.quote(glob) + ": trailing backslash");
                    }
                    re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            throw new FunctionException("invalid glob pattern " + Json.quote(glob) + ": unclosed {");
        }
        try {
            return Pattern.compile(re.toString());
        } catch (PatternSyntaxException e) {
            throw new FunctionException("invalid glob pattern " + Json.quote(glob) + ": " + e.getDescription());
        }
    }
}
