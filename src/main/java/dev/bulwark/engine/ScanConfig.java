package dev.bulwark.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.rule.Severity;

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
 * null when absent), rules to skip, the failure threshold, settings (thresholds such as
 * {@code log_retention_days}) and suppressions by rule and path or address. Unknown keys are errors,
 * so a typo does not silently disable a setting.
 */
public record ScanConfig(String failOn, List<String> skip, Map<String, Object> settings, List<ConfigSuppression> suppressions,
                         String file) {
    public static final String FILE_NAME = ".bulwark.yaml";
    /** Top-level sections other features own (systems, cadences, documents); accepted here, read elsewhere. */
    private static final Set<String> OTHER_SECTIONS = Set.of("systems", "cadences", "documents", "roles", "evidence", "changes", "database");
    private static final Set<String> KNOWN = Set.of("fail_on", "skip", "settings", "suppressions");

    public ScanConfig {
        skip = List.copyOf(skip);
        settings = Map.copyOf(settings);
        suppressions = List.copyOf(suppressions);
    }

    public static ScanConfig empty() {
        return new ScanConfig(null, List.of(), Map.of(), List.of(), null);
    }

    /** A suppression from the config file: a rule id, and an address and/or path glob it applies to. */
    public record ConfigSuppression(String rule, String address, String path, String reason, LocalDate until) {}

    public static ScanConfig read(Path file) throws ConfigException {
        String shown = file.toString();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ConfigException(shown + at + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(shown + ": cannot read: " + e.getMessage());
        }
        if (root == null || root.isNull() || root.isMissingNode()) return new ScanConfig(null, List.of(), Map.of(), List.of(), shown);
        if (!root.isObject()) throw new ConfigException(shown + ": must be a mapping of settings");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KNOWN.contains(k) && !OTHER_SECTIONS.contains(k)) {
                throw new ConfigException(shown + ": unknown key \"" + k + "\" (known: fail_on, skip, settings, suppressions)");
            }
        }
        String failOn = null;
        if (root.hasNonNull("fail_on")) {
            failOn = root.get("fail_on").asText();
            if (!failOn.equalsIgnoreCase("none") && Severity.parse(failOn) == null) {
                throw new ConfigException(shown + ": fail_on must be LOW, MEDIUM, HIGH, CRITICAL or none, got \"" + failOn + "\"");
            }
        }
        List<String> skip = new ArrayList<>();
        for (JsonNode n : root.path("skip")) skip.add(n.asText());
        Map<String, Object> settings = new LinkedHashMap<>();
        JsonNode s = root.path("settings");
        if (!s.isMissingNode() && !s.isObject()) throw new ConfigException(shown + ": settings must be a mapping of names to values");
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            settings.put(e.getKey(), v.isIntegralNumber() ? (Object) v.asLong() : v.isNumber() ? v.asDouble() : v.isBoolean() ? v.asBoolean() : v.asText());
        }
        List<ConfigSuppression> suppressions = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("suppressions")) {
            String where = shown + ": suppressions[" + i++ + "]";
            String rule = n.path("rule").asText(null);
            if (rule == null) throw new ConfigException(where + ": needs a rule id");
            String address = n.path("address").asText(null);
            String path = n.path("path").asText(null);
            if (address == null && path == null) throw new ConfigException(where + ": needs an address or a path to apply to");
            LocalDate until = null;
            if (n.hasNonNull("until")) {
                try {
                    until = LocalDate.parse(n.get("until").asText());
                } catch (DateTimeParseException e) {
                    throw new ConfigException(where + ": until must be a date like 2027-03-31, got \"" + n.get("until").asText() + "\"");
                }
            }
            suppressions.add(new ConfigSuppression(rule, address, path, n.path("reason").asText(null), until));
        }
        return new ScanConfig(failOn, skip, settings, suppressions, shown);
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

    /** A configuration file that cannot be used. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }
}
