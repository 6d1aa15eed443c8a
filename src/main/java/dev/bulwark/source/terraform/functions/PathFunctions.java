package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code basename} and {@code dirname}, which only look at the path text (Unix separators, as on
 * the machines Terraform usually runs). {@code abspath} and {@code pathexpand} depend on the machine
 * running Terraform and are not provided.
 */
final class PathFunctions {
    private PathFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.of("basename", 1, a -> Value.of(basename(a.string(0)))),
                Builtin.of("dirname", 1, a -> Value.of(dirname(a.string(0)))));
    }

    /** The last element; "." for an empty path, "/" for the root. */
    static String basename(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("/")) {
            return "/";
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Everything but the last element, cleaned: "a/b/../c" gives "a", "file" gives ".". */
    static String dirname(String path) {
        int slash = path.lastIndexOf('/');
        return clean(slash < 0 ? "" : path.substring(0, slash + 1));
    }

    /** Go's {@code path.Clean}: no repeated slashes, no "." elements, ".." resolved where possible. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                    parts.remove(parts.size() - 1);
                } else if (!rooted) {
                    parts.add(part);
                }
                continue;
            }
            parts.add(part);
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
