package dev.bulwark.finding;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A finding's identity across runs for baselines: the rule, the resource address and what the finding is
 * about, never where it is written. What it is about is the evaluated value of the offending attribute
 * (its path without list positions, so reordered blocks keep it), or, where the model holds no such
 * attribute (a fetched module's call argument), the attribute's source text with whitespace and comments
 * dropped. A finding about the whole resource (something missing) has no content of its own: rule and
 * address say it all, so editing another attribute does not make it new.
 */
public final class ContentFingerprint {
    /** Prefix of the fingerprint scheme; a new scheme gets a new prefix, so old baselines are not misread. */
    public static final String VERSION = "v1";
    private static final Pattern LIST_POSITION = Pattern.compile("\\[\\d+]");
    private static final Pattern LINE_COMMENT = Pattern.compile("(#|//).*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Resources by address and block position: addresses repeat across root modules, positions do not. */
    private final Map<String, Resource> resources = new HashMap<>();
    private final Map<String, List<String>> fileLines = new HashMap<>();

    private ContentFingerprint(InfrastructureModel model) {
        for (Resource r : model.resources()) resources.put(key(r.address(), r.location()), r);
    }

    public static ContentFingerprint of(InfrastructureModel model) {
        return new ContentFingerprint(model);
    }

    /** Hex SHA-256 (first 128 bits) over rule id, resource address and content. */
    public String fingerprint(Finding f) {
        return VERSION + ":" + hash(f.rule().id() + "\u0000" + f.resourceAddress() + "\u0000" + content(f));
    }

    /** The normalised content the fingerprint covers; empty for a finding about the whole resource. */
    String content(Finding f) {
        SourceLocation at = f.attributeLocation();
        if (at == null) return "";
        Resource r = resources.get(key(f.resourceAddress(), f.location()));
        if (r != null) {
            // Several paths may share the place and the normalised path (the blocks of one dynamic block):
            // all their values count, sorted, so the result depends neither on the map's order nor on the blocks' order.
            Map<String, List<String>> values = new TreeMap<>();
            r.attributeLocations().forEach((path, loc) -> {
                if (loc.equals(at)) {
                    values.computeIfAbsent(LIST_POSITION.matcher(path).replaceAll("[]"), k -> new ArrayList<>())
                            .add(canonical(valueAt(r.attributes(), path)));
                }
            });
            values.values().forEach(java.util.Collections::sort);
            if (!values.isEmpty()) return values.toString();
        }
        return sourceText(at);
    }

    /** The value at an attribute path such as {@code ingress[0].cidr_blocks}; null when the path leads nowhere. */
    static Value valueAt(Value root, String path) {
        Value v = root;
        for (String step : path.replace("[", ".[").split("\\.")) {
            if (step.isEmpty()) continue;
            if (step.startsWith("[") && v instanceof Value.ListV l) {
                int i = Integer.parseInt(step.substring(1, step.length() - 1));
                v = i < l.items().size() ? l.items().get(i) : null;
            } else if (v instanceof Value.Obj o) {
                String key = step.startsWith("[") ? step.substring(1, step.length() - 1) : step;
                if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) key = key.substring(1, key.length() - 1);
                v = o.get(key);
            } else {
                return null;
            }
            if (v == null) return null;
        }
        return v;
    }

    /**
     * One text per value, independent of how it was written; unknown values by their known text alone,
     * since an unknown's reason may name places in the code.
     */
    static String canonical(Value v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Value v) {
        if (v == null || v instanceof Value.Null) {
            sb.append("null");
        } else if (v instanceof Value.Bool b) {
            sb.append(b.value());
        } else if (v instanceof Value.Num n) {
            BigDecimal d = n.value().stripTrailingZeros();
            sb.append(d.toPlainString());
        } else if (v instanceof Value.Str s) {
            quote(sb, s.value());
        } else if (v instanceof Value.ListV l) {
            sb.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) sb.append(',');
                append(sb, l.items().get(i));
            }
            sb.append(']');
        } else if (v instanceof Value.Obj o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> e : new TreeMap<>(o.fields()).entrySet()) {
                if (!first) sb.append(',');
                first = false;
                quote(sb, e.getKey());
                sb.append(':');
                append(sb, e.getValue());
            }
            sb.append('}');
        } else {
            Value.Unknown u = (Value.Unknown) v;
            sb.append("(unknown");
            if (u.parts() != null) {
                for (Value piece : u.parts()) sb.append(piece instanceof Value.Str s ? s.value() : "…");
            }
            sb.append(')');
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }

    /** The lines of {@code at} with comments, blank lines and runs of whitespace dropped; empty when unreadable. */
    private String sourceText(SourceLocation at) {
        List<String> lines = fileLines.computeIfAbsent(at.file(), ContentFingerprint::readLines);
        List<String> kept = new ArrayList<>();
        for (int i = Math.max(1, at.startLine()); i <= Math.min(lines.size(), Math.max(at.startLine(), at.endLine())); i++) {
            String line = SPACE.matcher(LINE_COMMENT.matcher(lines.get(i - 1)).replaceAll("")).replaceAll(" ").strip();
            if (!line.isEmpty()) kept.add(line);
        }
        return String.join("\n", kept);
    }

    private static List<String> readLines(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(); // the content is then empty: the finding is matched by rule and address alone
        }
    }

    private static String key(String address, SourceLocation location) {
        return address + "\u0000" + location.file() + "\u0000" + location.startLine();
    }

    private static String hash(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
