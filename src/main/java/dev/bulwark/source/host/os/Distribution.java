package dev.bulwark.source.host.os;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The distribution of a root, from os-release ({@code /etc/os-release}, else {@code /usr/lib/os-release}):
 * ID, ID_LIKE, VERSION_ID and PRETTY_NAME, and the family they make.
 */
public record Distribution(String id, List<String> idLike, String versionId, String prettyName, Family family, SourceLocation location) {
    public static final Distribution UNKNOWN = new Distribution("unknown", List.of(), "", "unknown Linux", Family.UNKNOWN, null);

    public Distribution {
        idLike = List.copyOf(idLike);
    }

    public static Distribution read(HostContext context) {
        for (String path : List.of("/etc/os-release", "/usr/lib/os-release")) {
            Optional<HostText> text = context.read(path);
            if (text.isPresent()) return parse(text.get());
        }
        return UNKNOWN;
    }

    static Distribution parse(HostText text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.lines()) {
            String l = line.strip();
            int eq = l.indexOf('=');
            if (l.startsWith("#") || eq <= 0) continue;
            fields.put(l.substring(0, eq), unquote(l.substring(eq + 1)));
        }
        String id = fields.getOrDefault("ID", "linux");
        List<String> like = new ArrayList<>();
        for (String s : fields.getOrDefault("ID_LIKE", "").split("\\s+")) if (!s.isEmpty()) like.add(s);
        String pretty = fields.getOrDefault("PRETTY_NAME", fields.getOrDefault("NAME", id));
        return new Distribution(id, like, fields.getOrDefault("VERSION_ID", ""), pretty, Family.of(id, like), text.file());
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\").replace("\\$", "$").replace("\\`", "`");
        }
        return s;
    }

    /** The major version (the part of VERSION_ID before the first dot), or -1 when there is none. */
    public int majorVersion() {
        String v = versionId.contains(".") ? versionId.substring(0, versionId.indexOf('.')) : versionId;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
