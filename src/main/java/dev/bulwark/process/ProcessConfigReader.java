package dev.bulwark.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.config.ConfigSections;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.policy.PolicyCatalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code systems}, {@code cadences} and {@code documents} sections of {@code .bulwark.yaml}
 * (other sections belong to other readers and are left alone). Every problem is an error naming
 * file, line, column and key, and saying what is expected; unknown keys are errors, so that a typo
 * cannot quietly exempt a system or a document.
 */
public final class ProcessConfigReader {
    public static final String FILE_NAME = ".bulwark.yaml";
    private static final Pattern SYSTEM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> SYSTEM_KEYS = Set.of("name", "environment", "criticality", "tags", "owner", "description");
    private static final Set<String> DOCUMENT_KEYS = Set.of("incident_response_plan", "hardening_baseline", "runbooks");
    private static final Set<String> RUNBOOK_KEYS = Set.of("path", "systems");
    private static final int MAX_CADENCE_DAYS = 3660;

    private final YamlTree yaml;
    private final Path baseDir;
    private final Path workingDir;

    private ProcessConfigReader(YamlTree yaml, Path baseDir, Path workingDir) {
        this.yaml = yaml;
        this.baseDir = baseDir;
        this.workingDir = workingDir;
    }

    /** The configuration in {@code dir}, or {@link ProcessConfig#empty} when the directory has no {@value #FILE_NAME}. */
    public static ProcessConfig discover(Path dir, Path workingDir) throws ProcessConfigException {
        Path f = dir.resolve(FILE_NAME);
        return Files.isRegularFile(f) ? read(f, workingDir) : ProcessConfig.empty(dir.toAbsolutePath().normalize());
    }

    /** Reads {@code file}; document paths are resolved against its directory and shown relative to {@code workingDir}. */
    public static ProcessConfig read(Path file, Path workingDir) throws ProcessConfigException {
        String shown = PathDisplay.of(file, workingDir);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProcessConfigException(shown + ": cannot read: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return read(YamlTree.parse(shown, bytes), dir, workingDir);
    }

    /** Reads configuration text; {@code shown} names it in messages. */
    public static ProcessConfig read(String shown, String text, Path baseDir, Path workingDir) throws ProcessConfigException {
        return read(YamlTree.parse(shown, text), baseDir, workingDir);
    }

    private static ProcessConfig read(YamlTree yaml, Path baseDir, Path workingDir) throws ProcessConfigException {
        return new ProcessConfigReader(yaml, baseDir.toAbsolutePath().normalize(), workingDir.toAbsolutePath().normalize()).read();
    }

    private ProcessConfig read() throws ProcessConfigException {
        JsonNode root = yaml.root();
        if (root.isNull()) return new ProcessConfig(yaml.file(), baseDir, List.of(), Cadences.defaults(), List.of());
        if (!root.isObject()) throw yaml.error("", "the configuration must be a mapping of settings");
        String unknown = ConfigSections.firstUnknown(root).orElse(null);
        if (unknown != null) throw yaml.keyError(unknown, ConfigSections.unknownMessage());
        List<SystemDefinition> systems = systems(root.get("systems"));
        Cadences cadences = cadences(root.get("cadences"));
        List<DocumentSpec> documents = documents(root.get("documents"), systems);
        return new ProcessConfig(yaml.file(), baseDir, systems, cadences, documents);
    }

    private List<SystemDefinition> systems(JsonNode node) throws ProcessConfigException {
        List<SystemDefinition> out = new ArrayList<>();
        if (absent(node)) return out;
        if (!node.isArray()) {
            throw yaml.error("systems", "expected a list of systems, each with name, environment and criticality");
        }
        Map<String, SourceLocation> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = YamlTree.item("systems", i);
            JsonNode s = node.get(i);
            if (!s.isObject()) throw yaml.error(path, "expected a mapping with name, environment and criticality");
            unknownKeys(s, path, SYSTEM_KEYS);
            String name = requiredText(s, path, "name", "a system name such as payments");
            if (!SYSTEM_NAME.matcher(name).matches()) {
                throw yaml.error(YamlTree.child(path, "name"), "expected letters, digits, '.', '_' or '-' (starting with a letter or digit), found \""
                        + name + "\"");
            }
            if (name.equals(SystemDefinition.ALL)) {
                throw yaml.error(YamlTree.child(path, "name"), "\"all\" is reserved: evidence for the scope all covers every system");
            }
            SourceLocation earlier = seen.putIfAbsent(name, yaml.location(path));
            if (earlier != null) {
                throw yaml.error(YamlTree.child(path, "name"), "system \"" + name + "\" is already declared at line " + earlier.startLine());
            }
            String env = requiredText(s, path, "environment", "one of " + Environment.allSlugs());
            Environment environment = Environment.fromSlug(env).orElseThrow(() -> yaml.error(YamlTree.child(path, "environment"),
                    "expected one of " + Environment.allSlugs() + ", found \"" + env + "\""));
            String crit = requiredText(s, path, "criticality", "one of " + Criticality.allSlugs());
            Criticality criticality = Criticality.fromSlug(crit).orElseThrow(() -> yaml.error(YamlTree.child(path, "criticality"),
                    "expected one of " + Criticality.allSlugs() + ", found \"" + crit + "\""));
            optionalText(s, path, "owner");
            optionalText(s, path, "description");
            List<String> tags = absent(s.get("tags")) ? List.of() : texts(s.get("tags"), YamlTree.child(path, "tags"), "tags such as pci", false);
            out.add(new SystemDefinition(name, environment, criticality, tags, yaml.location(path)));
        }
        return out;
    }

    private Cadences cadences(JsonNode node) throws ProcessConfigException {
        Cadences defaults = Cadences.defaults();
        if (absent(node)) return defaults;
        if (!node.isObject()) {
            throw yaml.error("cadences", "expected a mapping of requirement ids (" + CadenceCheck.requirementIds() + ") and documents to days");
        }
        Map<String, Integer> days = new LinkedHashMap<>(defaults.evidenceDays());
        Map<String, SourceLocation> declared = new LinkedHashMap<>();
        int documentDays = defaults.documentDays();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String path = YamlTree.child("cadences", key);
            boolean isDocuments = key.equals(Cadences.DOCUMENTS);
            if (!isDocuments && CadenceCheck.forRequirement(key).isEmpty()) {
                String why = PolicyCatalogue.bundled().exists(key)
                        ? "requirement " + key + " has no recurring evidence check"
                        : "unknown key";
                throw yaml.keyError(path, why + " (cadences apply to " + CadenceCheck.requirementIds() + " and documents)");
            }
            int value = days(node.get(key), path);
            declared.put(key, yaml.location(path));
            if (isDocuments) documentDays = value;
            else days.put(key, value);
        }
        return new Cadences(days, documentDays, declared);
    }

    private int days(JsonNode v, String path) throws ProcessConfigException {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1 || v.asInt() > MAX_CADENCE_DAYS) {
            throw yaml.error(path, "expected a whole number of days from 1 to " + MAX_CADENCE_DAYS + ", such as 90, found "
                    + (v == null || v.isNull() ? "nothing" : "\"" + v.asText() + "\""));
        }
        return v.asInt();
    }

    private List<DocumentSpec> documents(JsonNode node, List<SystemDefinition> systems) throws ProcessConfigException {
        List<DocumentSpec> out = new ArrayList<>();
        if (absent(node)) return out;
        if (!node.isObject()) {
            throw yaml.error("documents", "expected a mapping with incident_response_plan, hardening_baseline and runbooks");
        }
        unknownKeys(node, "documents", DOCUMENT_KEYS);
        for (DocumentKind kind : List.of(DocumentKind.INCIDENT_RESPONSE_PLAN, DocumentKind.HARDENING_BASELINE)) {
            String path = YamlTree.child("documents", kind.configKey());
            JsonNode v = node.get(kind.configKey());
            if (absent(v)) continue;
            if (!v.isTextual() || v.asText().isBlank()) throw yaml.error(path, "expected the path of the " + kind.label());
            out.add(document(kind, v.asText().strip(), List.of(), path));
        }
        JsonNode runbooks = node.get(DocumentKind.RUNBOOK.configKey());
        if (absent(runbooks)) return out;
        String listPath = YamlTree.child("documents", DocumentKind.RUNBOOK.configKey());
        if (!runbooks.isArray()) throw yaml.error(listPath, "expected a list of runbooks, each with path and systems");
        for (int i = 0; i < runbooks.size(); i++) {
            String path = YamlTree.item(listPath, i);
            JsonNode r = runbooks.get(i);
            if (!r.isObject()) throw yaml.error(path, "expected a mapping with path (the runbook file) and systems (the systems it recovers)");
            unknownKeys(r, path, RUNBOOK_KEYS);
            String file = requiredText(r, path, "path", "the path of the runbook");
            String systemsPath = YamlTree.child(path, "systems");
            if (absent(r.get("systems"))) throw yaml.error(path, "systems is missing: expected the names of the systems this runbook recovers");
            List<String> names = texts(r.get("systems"), systemsPath, "system names declared under systems", true);
            for (int j = 0; j < names.size(); j++) {
                String name = names.get(j);
                if (systems.stream().noneMatch(s -> s.name().equals(name))) {
                    throw yaml.error(YamlTree.item(systemsPath, j), "no system named \"" + name + "\" is declared under systems"
                            + (systems.isEmpty() ? " (there are none)" : " (declared: "
                            + String.join(", ", systems.stream().map(SystemDefinition::name).toList()) + ")"));
                }
            }
            out.add(document(DocumentKind.RUNBOOK, file, names, YamlTree.child(path, "path")));
        }
        return out;
    }

    private DocumentSpec document(DocumentKind kind, String written, List<String> systems, String path) throws ProcessConfigException {
        Path file;
        try {
            file = baseDir.resolve(written).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw yaml.error(path, "not a usable file path: " + e.getReason());
        }
        String normalised = Path.of(written).normalize().toString().replace('\\', '/');
        return new DocumentSpec(kind, normalised, file, PathDisplay.of(file, workingDir), systems, yaml.location(path));
    }

    private void unknownKeys(JsonNode mapping, String path, Set<String> allowed) throws ProcessConfigException {
        for (Iterator<String> it = mapping.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw yaml.keyError(YamlTree.child(path, k), "unknown key (expected " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private String requiredText(JsonNode mapping, String path, String key, String expected) throws ProcessConfigException {
        JsonNode v = mapping.get(key);
        if (absent(v)) throw yaml.error(path, key + " is missing: expected " + expected);
        if (!v.isTextual() || v.asText().isBlank()) throw yaml.error(YamlTree.child(path, key), "expected " + expected + ", found \"" + v.asText() + "\"");
        return v.asText().strip();
    }

    private void optionalText(JsonNode mapping, String path, String key) throws ProcessConfigException {
        JsonNode v = mapping.get(key);
        if (!absent(v) && !v.isTextual()) throw yaml.error(YamlTree.child(path, key), "expected text");
    }

    private List<String> texts(JsonNode v, String path, String what, boolean nonEmpty) throws ProcessConfigException {
        if (!v.isArray() || (nonEmpty && v.isEmpty())) throw yaml.error(path, "expected a " + (nonEmpty ? "non-empty " : "") + "list of " + what);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.asText().isBlank()) throw yaml.error(YamlTree.item(path, i), "expected one of " + what);
            out.add(item.asText().strip());
        }
        return out;
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }
}
