package dev.bulwark.source.host.ssh;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An algorithm list as sshd reads it against its default: {@code +a,b} appends to the default,
 * {@code -a*} removes what the patterns match, {@code ^a,b} puts them first, anything else replaces it.
 */
final class AlgorithmList {
    private AlgorithmList() {}

    static List<String> apply(String written, String defaults) {
        List<String> base = split(defaults);
        if (written.startsWith("+")) {
            Set<String> out = new LinkedHashSet<>(base);
            out.addAll(split(written.substring(1)));
            return List.copyOf(out);
        }
        if (written.startsWith("^")) {
            Set<String> out = new LinkedHashSet<>(split(written.substring(1)));
            out.addAll(base);
            return List.copyOf(out);
        }
        if (written.startsWith("-")) {
            List<PathMatcher> remove = new ArrayList<>();
            for (String p : split(written.substring(1))) remove.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            return base.stream().filter(a -> remove.stream().noneMatch(m -> m.matches(Path.of(a)))).toList();
        }
        return split(written);
    }

    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
