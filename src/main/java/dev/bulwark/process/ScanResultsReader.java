package dev.bulwark.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.RequirementStatus;
import dev.bulwark.rule.Status;
import dev.bulwark.source.located.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON of an earlier {@code bulwark scan --format json} (schema 1.x, docs/scan-results.md)
 * for {@code bulwark status --results}: each requirement's status and the findings that did not pass.
 */
public final class ScanResultsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;

    private ScanResultsReader(String file) {
        this.file = file;
    }

    /** @param shown how the file is named in messages */
    public static ConfigResults read(Path path, String shown, PolicyCatalogue policy) throws ScanResultsException {
        String text;
        String written;
        try {
            text = Utf8Text.decodeWithoutBom(Files.readAllBytes(path));
            written = Files.getLastModifiedTime(path).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (Utf8Text.NotTextException e) {
            throw new ScanResultsException(shown + ":" + e.line() + ": " + e.detail() + " (expected the output of bulwark scan --format json)");
        } catch (NoSuchFileException e) {
            throw new ScanResultsException(shown + ": no such file (expected the output of bulwark scan --format json)");
        } catch (IOException e) {
            throw new ScanResultsException(shown + ": cannot read: " + e.getMessage());
        }
        return new ScanResultsReader(shown).parse(text, policy, written);
    }

    /** Reads results from text; {@code written} is when they were written, or null. */
    public static ConfigResults parse(String shown, String text, PolicyCatalogue policy, String written) throws ScanResultsException {
        return new ScanResultsReader(shown).parse(text, policy, written);
    }

    private ConfigResults parse(String text, PolicyCatalogue policy, String written) throws ScanResultsException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ScanResultsException(file + at + ": not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + " (expected the output of bulwark scan --format json)");
        }
        if (root == null || !root.isObject() || !root.has("schemaVersion") || !root.has("requirements")) {
            throw new ScanResultsException(file + ": not the output of bulwark scan --format json (no schemaVersion and requirements)");
        }
        String version = root.get("schemaVersion").asText();
        if (!version.startsWith("1.")) {
            throw new ScanResultsException(file + ": schemaVersion " + version + " is not supported (this version of bulwark reads 1.x)");
        }
        String policyId = root.path("policy").path("id").asText("");
        if (!policyId.equals(policy.id())) {
            throw new ScanResultsException(file + ": policy.id: the results are for policy \"" + policyId + "\", not " + policy.id());
        }
        Map<String, RequirementConfig> reqs = new LinkedHashMap<>();
        JsonNode list = array(root, "requirements");
        for (int i = 0; i < list.size(); i++) {
            String where = "requirements[" + i + "]";
            JsonNode r = list.get(i);
            String id = text(r, where, "id");
            if (!policy.exists(id)) throw error(where + ".id", "\"" + id + "\" is not a requirement of " + policy.id());
            String statusText = text(r, where, "status");
            RequirementStatus status;
            try {
                status = RequirementStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(where + ".status", "\"" + statusText + "\" is not a requirement status (" + RequirementStatus.names() + ")");
            }
            reqs.put(id, new RequirementConfig(id, status, count(r, where, "pass"), count(r, where, "fail"), count(r, where, "unknown"),
                    count(r, where, "suppressed"), r.has("notApplicable") ? count(r, where, "notApplicable") : 0, strings(r.path("rules"))));
        }
        List<ConfigFailure> failures = new ArrayList<>();
        JsonNode findings = root.has("findings") ? array(root, "findings") : JSON.createArrayNode();
        for (int i = 0; i < findings.size(); i++) {
            String where = "findings[" + i + "]";
            JsonNode f = findings.get(i);
            String statusText = text(f, where, "status");
            if (statusText.equals("PASS") || statusText.equals("NOT_APPLICABLE") || f.path("suppressed").asBoolean(false)) continue;
            Status status;
            try {
                status = Status.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                throw error(where + ".status", "\"" + statusText + "\" is not PASS, FAIL, UNKNOWN or NOT_APPLICABLE");
            }
            JsonNode loc = f.path("attributeLocation").isObject() ? f.path("attributeLocation") : f.path("location");
            String location = loc.path("file").asText("?") + (loc.path("startLine").asInt(0) > 0 ? ":" + loc.path("startLine").asInt() : "");
            failures.add(new ConfigFailure(text(f, where, "rule"), f.path("severity").asText(""), status, strings(f.path("requirements")),
                    f.path("resource").path("address").asText(""), location, f.path("message").asText("")));
        }
        return new ConfigResults(file, written, reqs, failures);
    }

    private JsonNode array(JsonNode n, String field) throws ScanResultsException {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) throw error(field, "expected a list");
        return v;
    }

    private String text(JsonNode n, String where, String field) throws ScanResultsException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw error(where + "." + field, "expected text");
        return v.asText();
    }

    private int count(JsonNode n, String where, String field) throws ScanResultsException {
        JsonNode v = n.get(field);
        if (v == null) return 0;
        if (!v.canConvertToInt() || v.asInt() < 0) throw error(where + "." + field, "expected a count, found " + v);
        return v.asInt();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    private ScanResultsException error(String path, String detail) {
        return new ScanResultsException(file + ": " + path + ": " + detail);
    }
}
