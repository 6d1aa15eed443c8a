package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.Vulnerability;
import dev.bulwark.model.export.VulnerabilityReport;
import dev.bulwark.model.export.VulnerabilitySeverity;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Grype's JSON document ({@code grype TARGET -o json}): the source scanned, the descriptor
 * (tool, version, timestamp) and every match. Grype's matches carry no publication date, so a
 * vulnerability's age can only come from when a scan first saw it.
 */
public final class GrypeReportReader implements ExportReader<VulnerabilityReport> {
    private static final String EXPECTED = "expected a Grype JSON document with matches, source and descriptor (grype … -o json)";

    @Override
    public ExportKind kind() {
        return ExportKind.GRYPE;
    }

    @Override
    public VulnerabilityReport read(String file, byte[] content) throws ExportFormatException {
        JsonExport json = new JsonExport(file, EXPECTED);
        List<JsonNode> matches = new ArrayList<>();
        List<Integer> matchLines = new ArrayList<>();
        JsonNode[] source = {null};
        JsonNode[] descriptor = {null};
        int[] lines = {0, 0, 0};
        boolean[] sawMatches = {false};
        json.read(content, (name, p) -> {
            int line = p.currentTokenLocation().getLineNr();
            switch (name) {
                case "matches" -> {
                    sawMatches[0] = true;
                    lines[0] = line;
                    json.array(p, "matches", (i, mp) -> {
                        matchLines.add(mp.currentTokenLocation().getLineNr());
                        matches.add(JsonExport.tree(mp));
                    });
                }
                case "source" -> {
                    lines[1] = line;
                    source[0] = JsonExport.tree(p);
                }
                case "descriptor" -> {
                    lines[2] = line;
                    descriptor[0] = JsonExport.tree(p);
                }
                default -> JsonExport.skip(p);
            }
        });
        if (!sawMatches[0]) throw json.error(1, "missing field matches");
        if (descriptor[0] == null || !descriptor[0].isObject()) throw json.error(lines[2] == 0 ? 1 : lines[2], "missing field descriptor");
        if (source[0] == null || !source[0].isObject()) throw json.error(lines[1] == 0 ? 1 : lines[1], "missing field source (what was scanned)");
        JsonNode d = descriptor[0];
        String tool = json.text(d, "name", "descriptor.", lines[2], true);
        if (!tool.equals("grype")) throw json.badField(lines[2], "descriptor.name", "is \"" + tool + "\", not grype");
        String timestamp = json.text(d, "timestamp", "descriptor.", lines[2], false);
        if (timestamp.isBlank()) {
            throw json.error(lines[2], "descriptor.timestamp is empty: the report does not say when the scan ran (run grype without GRYPE_TIMESTAMP=false)");
        }
        Instant scannedAt = ExportTimes.offsetTime(timestamp);
        if (scannedAt == null) throw json.badField(lines[2], "descriptor.timestamp", "\"" + timestamp + "\" is not an RFC 3339 time");
        String targetType = json.text(source[0], "type", "source.", lines[1], true);
        String target = target(json, source[0], lines[1]);
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) vulnerabilities.add(match(json, matches.get(i), "matches[" + i + "].", matchLines.get(i)));
        return new VulnerabilityReport(file, ExportKind.GRYPE, json.text(d, "version", "descriptor.", lines[2], false), target, targetType,
                scannedAt, lines[1], vulnerabilities);
    }

    /** An image source's target is an object naming what the user asked for; other sources give a string. */
    private static String target(JsonExport json, JsonNode source, int line) throws ExportFormatException {
        JsonNode t = source.get("target");
        if (t != null && t.isObject()) return json.text(t, "userInput", "source.target.", line, true);
        return json.text(source, "target", "source.", line, true);
    }

    private static Vulnerability match(JsonExport json, JsonNode m, String path, int line) throws ExportFormatException {
        if (!m.isObject()) throw json.badField(line, path.substring(0, path.length() - 1), "is not an object");
        JsonNode v = object(json, m, "vulnerability", path, line);
        JsonNode a = object(json, m, "artifact", path, line);
        String id = json.text(v, "id", path + "vulnerability.", line, true);
        String severityText = json.text(v, "severity", path + "vulnerability.", line, true);
        VulnerabilitySeverity severity = VulnerabilitySeverity.parse(severityText);
        if (severity == null) {
            throw json.badField(line, path + "vulnerability.severity", "\"" + severityText + "\" is not one of Critical, High, Medium, Low, Negligible, Unknown");
        }
        String state = "";
        List<String> versions = new ArrayList<>();
        JsonNode fix = v.get("fix");
        if (fix != null && !fix.isNull()) {
            if (!fix.isObject()) throw json.badField(line, path + "vulnerability.fix", "is not an object");
            state = json.text(fix, "state", path + "vulnerability.fix.", line, false);
            JsonNode vs = fix.get("versions");
            if (vs != null && !vs.isNull()) {
                if (!vs.isArray()) throw json.badField(line, path + "vulnerability.fix.versions", "is not an array");
                for (JsonNode s : vs) {
                    if (!s.isTextual()) throw json.badField(line, path + "vulnerability.fix.versions", "holds a value that is not a string");
                    versions.add(s.asText());
                }
            }
        }
        // Only the "fixed" state promises a release with the fix; "not-fixed", "wont-fix" and "unknown" do not.
        List<String> fixedVersions = state.equals("fixed") ? versions : List.of();
        String location = "";
        JsonNode locations = a.get("locations");
        if (locations != null && locations.isArray() && !locations.isEmpty() && locations.get(0).path("path").isTextual()) {
            location = locations.get(0).path("path").asText();
        }
        return new Vulnerability(line, id, json.text(a, "name", path + "artifact.", line, true), json.text(a, "version", path + "artifact.", line, false),
                location, fixedVersions, state, severity, Optional.empty());
    }

    private static JsonNode object(JsonExport json, JsonNode parent, String field, String path, int line) throws ExportFormatException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) throw json.error(line, "missing field " + path + field);
        if (!n.isObject()) throw json.badField(line, path + field, "is not an object");
        return n;
    }
}
