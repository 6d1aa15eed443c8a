package dev.bulwark.source.git;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.config.ConfigSections;
import dev.bulwark.model.change.ApprovalMode;
import dev.bulwark.model.change.ChangeSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads the {@code changes} section of {@code .bulwark.yaml} into {@link ChangeSettings}; a wrong key or value is an error at its line. */
public final class ChangeSettingsReader {
    private static final Set<String> KEYS = Set.of("approval", "branch", "infrastructure", "trailers", "lookback_days");
    private static final Pattern TRAILER_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    private ChangeSettingsReader() {}

    /** The settings in the first of {@code dirs} that holds a {@code .bulwark.yaml}, else the defaults. */
    public static ChangeSettings discover(List<Path> dirs) throws ChangeInputException {
        for (Path dir : dirs) {
            Path f = dir.resolve(ChangeSettings.FILE_NAME);
            if (Files.isRegularFile(f)) return read(f);
        }
        return ChangeSettings.defaults();
    }

    public static ChangeSettings read(Path file) throws ChangeInputException {
        try {
            return read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ChangeInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** @param file how the file is named in messages */
    public static ChangeSettings read(String file, byte[] content) throws ChangeInputException {
        LocatedJson yaml = LocatedJson.parseYaml(file, content, "expected Bulwark's configuration file");
        JsonNode root = yaml.root();
        ChangeSettings d = ChangeSettings.defaults();
        if (!root.isNull() && !root.isObject()) throw yaml.error("$", "the configuration must be a mapping of settings");
        String unknown = ConfigSections.firstUnknown(root).orElse(null);
        if (unknown != null) throw yaml.keyError("$." + unknown, ConfigSections.unknownMessage());
        if (root.isNull() || !root.has("changes") || root.get("changes").isNull()) {
            return new ChangeSettings(d.approval(), d.branch(), d.infrastructure(), d.trailers(), d.lookbackDays(), file);
        }
        JsonNode c = root.get("changes");
        if (!c.isObject()) throw yaml.error("$.changes", "expected a mapping of settings (" + String.join(", ", new TreeSet<>(KEYS)) + ")");
        for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) throw yaml.keyError("$.changes." + k, "unknown setting (known: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
        }
        ApprovalMode approval = d.approval();
        if (present(c, "approval")) {
            String text = c.get("approval").asText();
            approval = ApprovalMode.byId(text).orElseThrow(() -> yaml.error("$.changes.approval",
                    "expected pull-request, trailer or either, found \"" + text + "\""));
        }
        String branch = null;
        if (present(c, "branch")) {
            JsonNode b = c.get("branch");
            if (!b.isTextual() || b.asText().isBlank()) throw yaml.error("$.changes.branch", "expected a branch name");
            branch = b.asText().strip();
        }
        List<String> infrastructure = d.infrastructure();
        if (present(c, "infrastructure")) {
            infrastructure = strings(yaml, c.get("infrastructure"), "$.changes.infrastructure", "globs such as \"*.tf\"");
            for (int i = 0; i < infrastructure.size(); i++) {
                try {
                    PathGlob.compile(infrastructure.get(i));
                } catch (IllegalArgumentException e) {
                    throw yaml.error("$.changes.infrastructure[" + i + "]", e.getMessage());
                }
            }
        }
        List<String> trailers = d.trailers();
        if (present(c, "trailers")) {
            trailers = strings(yaml, c.get("trailers"), "$.changes.trailers", "trailer keys such as Approved-by");
            for (int i = 0; i < trailers.size(); i++) {
                if (!TRAILER_KEY.matcher(trailers.get(i)).matches()) {
                    throw yaml.error("$.changes.trailers[" + i + "]", "expected a trailer key (letters, digits and dashes, such as Approved-by), found \""
                            + trailers.get(i) + "\"");
                }
            }
        }
        int lookback = d.lookbackDays();
        if (present(c, "lookback_days")) {
            JsonNode l = c.get("lookback_days");
            if (!l.isIntegralNumber() || !l.canConvertToInt() || l.asInt() <= 0) {
                throw yaml.error("$.changes.lookback_days", "expected a whole number of days greater than zero, found " + l.asText());
            }
            lookback = l.asInt();
        }
        return new ChangeSettings(approval, branch, infrastructure, trailers, lookback, file);
    }

    private static boolean present(JsonNode n, String field) {
        return n.has(field) && !n.get(field).isNull();
    }

    private static List<String> strings(LocatedJson yaml, JsonNode v, String path, String what) throws ChangeInputException {
        if (!v.isArray() || v.isEmpty()) throw yaml.error(path, "expected a non-empty list of " + what);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.asText().isBlank()) throw yaml.error(path + "[" + i + "]", "expected one of " + what);
            out.add(item.asText().strip());
        }
        return out;
    }
}
