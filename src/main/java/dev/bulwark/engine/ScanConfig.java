package dev.bulwark.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.config.ConfigSections;
import dev.bulwark.rule.Severity;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.LocatedTreeException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code .bulwark.yaml}: the failure threshold ({@code fail_on}, as written: a severity or "none";
 * null when absent), rules to skip, settings (thresholds such as {@code log_retention_days}, each
 * checked against its declaration in {@link Settings}), suppressions by rule and path or address, and
 * whether remote modules are downloaded ({@code modules: download}; {@code offline} is the default).
 * Unknown keys and values of the wrong kind are errors naming file, line, key and what is expected,
 * so a typo does not silently disable a setting.
 */
public record ScanConfig(String failOn, List<String> skip, Map<String, Object> settings, List<ConfigSuppression> suppressions,
                         String file, boolean downloadModules) {
    public static final String FILE_NAME = ConfigSections.FILE_NAME;
    private static final String SEVERITIES = "LOW, MEDIUM, HIGH, CRITICAL or none";
    private static final Set<String> SUPPRESSION_KEYS = Set.of("rule", "address", "path", "fingerprint", "reason", "until");

    public ScanConfig {
        skip = List.copyOf(skip);
        settings = Map.copyOf(settings);
        suppressions = List.copyOf(suppressions);
    }

    /** Without a {@code modules} choice: modules stay offline. */
    public ScanConfig(String failOn, List<String> skip, Map<String, Object> settings, List<ConfigSuppression> suppressions, String file) {
        this(failOn, skip, settings, suppressions, file, false);
    }

    public static ScanConfig empty() {
        return new ScanConfig(null, List.of(), Map.of(), List.of(), null);
    }

    /** The values {@code modules} takes, in the order the documentation lists them. */
    public static final List<String> MODULE_MODES = List.of("offline", "download");

    /**
     * A suppression from the config file: a rule id, and an address and/or path glob it applies to, or
     * the fingerprint of the one secret it is for (with or without an address or path).
     */
    public record ConfigSuppression(String rule, String address, String path, String fingerprint, String reason, LocalDate until) {
        /** Without a fingerprint. */
        public ConfigSuppression(String rule, String address, String path, String reason, LocalDate until) {
            this(rule, address, path, null, reason, until);
        }
    }

    public static ScanConfig read(Path file) throws ConfigException {
        String shown = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(shown + ": cannot read: " + e.getMessage());
        }
        return read(shown, bytes);
    }

    /** @param shown how the file is named in messages */
    public static ScanConfig read(String shown, byte[] content) throws ConfigException {
        LocatedTree tree;
        try {
            tree = LocatedTree.parseYaml(shown, content);
        } catch (LocatedTreeException e) {
            throw new ConfigException(e.getMessage() + (e.problem() == LocatedTreeException.Problem.NOT_UTF8
                    ? " (expected Bulwark's YAML configuration file)" : ""));
        }
        return new Reader(tree).read();
    }

    /** The config at the first scan root that has one, or an empty config. */
    public static ScanConfig discover(List<Path> scanRoots) throws ConfigException {
        for (Path root : scanRoots) {
            Path dir = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
            if (dir == null) continue;
            Path f = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(f)) return read(f);
        }
        return empty();
    }

    /** Validates the tree section by section; every error is {@code file:line:column: key: what was expected}. */
    private record Reader(LocatedTree tree) {
        ScanConfig read() throws ConfigException {
            JsonNode root = tree.node();
            if (root.isNull()) return new ScanConfig(null, List.of(), Map.of(), List.of(), tree.file());
            if (!root.isObject()) throw error(LocatedTree.ROOT, "the configuration must be a mapping of sections ("
                    + String.join(", ", ConfigSections.ALL) + ")");
            String unknown = ConfigSections.firstUnknown(root).orElse(null);
            if (unknown != null) throw keyError(LocatedTree.child(LocatedTree.ROOT, unknown), ConfigSections.unknownMessage());
            Map<String, Object> settings = settings(root.get("settings"));
            Map<String, Object> podSecurity = KubernetesSettings.read(tree, root.get("kubernetes"));
            if (podSecurity != null) settings.put(KubernetesSettings.KEY, podSecurity);
            return new ScanConfig(failOn(root.get("fail_on")), skip(root.get("skip")), settings,
                    suppressions(root.get("suppressions")), tree.file(), downloadModules(root.get("modules")));
        }

        private String failOn(JsonNode v) throws ConfigException {
            if (absent(v)) return null;
            String path = "$.fail_on";
            if (v.isArray()) throw error(path, "expected one severity (" + SEVERITIES + "), found a list; write fail_on: HIGH");
            if (v.isObject()) throw error(path, "expected one severity (" + SEVERITIES + "), found a mapping");
            String text = v.asText();
            if (!text.equalsIgnoreCase("none") && Severity.parse(text) == null) {
                throw error(path, "expected " + SEVERITIES + ", found \"" + text + "\"");
            }
            return text;
        }

        private boolean downloadModules(JsonNode v) throws ConfigException {
            if (absent(v)) return false;
            String expected = "expected " + String.join(" or ", MODULE_MODES) + " (default offline)";
            if (v.isContainerNode() || !MODULE_MODES.contains(v.asText())) throw error("$.modules", expected + ", found " + found(v));
            return v.asText().equals("download");
        }

        private List<String> skip(JsonNode v) throws ConfigException {
            List<String> out = new ArrayList<>();
            if (absent(v)) return out;
            String path = "$.skip";
            if (!v.isArray()) throw error(path, "expected a list of rule ids, such as [BW-AWS-S3-001]");
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                if (!item.isTextual() || item.asText().isBlank()) throw error(LocatedTree.item(path, i), "expected a rule id, such as BW-AWS-S3-001");
                out.add(item.asText().strip());
            }
            return out;
        }

        private Map<String, Object> settings(JsonNode v) throws ConfigException {
            Map<String, Object> out = new LinkedHashMap<>();
            if (absent(v)) return out;
            String path = "$.settings";
            if (!v.isObject()) throw error(path, "expected a mapping of setting names to values (" + Settings.names() + ")");
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = LocatedTree.child(path, e.getKey());
                Setting setting = Settings.named(e.getKey()).orElse(null);
                if (setting == null) throw keyError(at, "unknown setting (the settings are " + Settings.names() + ")");
                JsonNode value = e.getValue();
                if (!value.isIntegralNumber() || !value.canConvertToLong() || !setting.accepts(value.asLong())) {
                    throw error(at, "expected " + setting.expected() + " (default " + setting.defaultValue() + "), found "
                            + found(value));
                }
                out.put(e.getKey(), value.asLong());
            }
            return out;
        }

        private List<ConfigSuppression> suppressions(JsonNode v) throws ConfigException {
            List<ConfigSuppression> out = new ArrayList<>();
            if (absent(v)) return out;
            String path = "$.suppressions";
            if (!v.isArray()) throw error(path, "expected a list of suppressions, each with rule, reason and an address or path");
            for (int i = 0; i < v.size(); i++) {
                String at = LocatedTree.item(path, i);
                JsonNode n = v.get(i);
                if (!n.isObject()) throw error(at, "expected a mapping with rule, reason and an address or path");
                for (Iterator<String> keys = n.fieldNames(); keys.hasNext(); ) {
                    String k = keys.next();
                    if (!SUPPRESSION_KEYS.contains(k)) {
                        throw keyError(LocatedTree.child(at, k), "unknown key (expected " + String.join(", ", SUPPRESSION_KEYS.stream().sorted().toList()) + ")");
                    }
                }
                String rule = text(n, at, "rule", "a rule id");
                if (rule == null) throw error(at, "rule is missing: expected the id of the rule to suppress");
                String address = text(n, at, "address", "a resource address");
                String file = text(n, at, "path", "a path glob");
                String fingerprint = text(n, at, "fingerprint", "the fingerprint of a secret, as its finding shows it");
                if (fingerprint != null && !fingerprint.matches("[0-9a-fA-F]{16}")) {
                    throw error(LocatedTree.child(at, "fingerprint"), "expected the 16 hex characters a secret's finding shows after"
                            + " \"fingerprint\", found \"" + fingerprint + "\"");
                }
                if (address == null && file == null && fingerprint == null) throw error(at, "needs an address, a path or a fingerprint to apply to");
                String reason = text(n, at, "reason", "the reason for the suppression");
                LocalDate until = null;
                String written = text(n, at, "until", "a date like 2027-03-31");
                if (written != null) {
                    try {
                        until = LocalDate.parse(written);
                    } catch (DateTimeParseException e) {
                        throw error(LocatedTree.child(at, "until"), "expected a date like 2027-03-31, found \"" + written + "\"");
                    }
                }
                out.add(new ConfigSuppression(rule, address, file, fingerprint, reason, until));
            }
            return out;
        }

        /** The text of {@code key}, null when absent; a list or mapping there is an error. */
        private String text(JsonNode mapping, String path, String key, String expected) throws ConfigException {
            JsonNode v = mapping.get(key);
            if (absent(v)) return null;
            if (v.isContainerNode()) throw error(LocatedTree.child(path, key), "expected " + expected + ", found " + found(v));
            return v.asText();
        }

        private static String found(JsonNode v) {
            if (v.isNull() || v.isTextual() && v.asText().isEmpty()) return "nothing";
            if (v.isArray()) return "a list";
            if (v.isObject()) return "a mapping";
            if (v.isNumber()) return v.asText();
            return "\"" + v.asText() + "\"";
        }

        private ConfigException error(String path, String detail) {
            return new ConfigException(tree.file() + ":" + tree.position(path) + ": " + shown(path) + detail);
        }

        private ConfigException keyError(String path, String detail) {
            return new ConfigException(tree.file() + ":" + tree.keyPosition(path) + ": " + shown(path) + detail);
        }

        /** The path as users wrote it, without the leading {@code $.}, followed by ": "; nothing for the whole document. */
        private static String shown(String path) {
            if (path.equals(LocatedTree.ROOT)) return "";
            return path.substring(LocatedTree.ROOT.length() + (path.startsWith(LocatedTree.ROOT + ".") ? 1 : 0)) + ": ";
        }

        private static boolean absent(JsonNode n) {
            return n == null || n.isNull() || n.isMissingNode();
        }
    }

    /** A configuration file that cannot be used. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }
}
