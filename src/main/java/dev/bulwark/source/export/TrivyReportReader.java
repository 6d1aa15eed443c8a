package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.Vulnerability;
import dev.bulwark.model.export.VulnerabilityReport;
import dev.bulwark.model.export.VulnerabilitySeverity;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads Trivy's JSON report ({@code trivy image|fs|repo … --format json}), schema version 2:
 * the artifact scanned, when, and every vulnerability of every result. Misconfigurations,
 * secrets and licenses in the same report are not vulnerabilities and are skipped.
 */
public final class TrivyReportReader implements ExportReader<VulnerabilityReport> {
    /** The only report schema this reader knows; Trivy has written 2 since v0.20. */
    public static final int SCHEMA_VERSION = 2;
    private static final String EXPECTED = "expected a Trivy JSON report with SchemaVersion 2, ArtifactName, CreatedAt and Results (trivy … --format json)";

    @Override
    public ExportKind kind() {
        return ExportKind.TRIVY;
    }

    @Override
    public VulnerabilityReport read(String file, byte[] content) throws ExportFormatException {
        JsonExport json = new JsonExport(file, EXPECTED);
        Outline o = new Outline();
        json.read(content, (name, p) -> {
            int line = p.currentTokenLocation().getLineNr();
            switch (name) {
                case "SchemaVersion" -> {
                    o.schemaLine = line;
                    o.schema = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                    o.schemaText = p.currentToken() == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : p.getText();
                    JsonExport.skip(p);
                }
                case "CreatedAt" -> o.createdAt = scalar(json, p, "CreatedAt", line, o);
                case "ArtifactName" -> {
                    o.artifactName = scalar(json, p, "ArtifactName", line, o);
                    o.artifactLine = line;
                }
                case "ArtifactType" -> o.artifactType = java.util.Objects.requireNonNullElse(scalar(json, p, "ArtifactType", line, o), "");
                case "Trivy" -> {
                    JsonNode t = JsonExport.tree(p);
                    if (t.isObject()) o.version = json.text(t, "Version", "Trivy.", line, false);
                }
                case "Results" -> {
                    // Trivy writes SchemaVersion first: judge it before reading results of an unknown shape.
                    if (o.schemaLine != 0) checkSchema(json, o);
                    json.array(p, "Results", (i, rp) -> result(json, rp, i, o.vulnerabilities));
                }
                default -> JsonExport.skip(p);
            }
        });
        if (o.schemaLine == 0) throw json.error(1, "missing field SchemaVersion");
        checkSchema(json, o);
        if (o.artifactName == null || o.artifactName.isBlank()) throw json.error(o.artifactLine == 0 ? 1 : o.artifactLine, "missing field ArtifactName");
        if (o.createdAt == null || o.createdAt.isBlank()) throw json.error(1, "missing field CreatedAt (the time of the scan; Trivy 0.48 and later write it)");
        Instant scannedAt = ExportTimes.offsetTime(o.createdAt);
        if (scannedAt == null) throw json.badField(o.createdAtLine, "CreatedAt", "\"" + o.createdAt + "\" is not an RFC 3339 time");
        return new VulnerabilityReport(file, ExportKind.TRIVY, o.version, o.artifactName, o.artifactType, scannedAt, o.artifactLine,
                o.vulnerabilities);
    }

    private static void checkSchema(JsonExport json, Outline o) throws ExportFormatException {
        if (o.schema == null || o.schema != SCHEMA_VERSION) {
            throw json.error(o.schemaLine, "unsupported Trivy SchemaVersion " + o.schemaText);
        }
    }

    private static String scalar(JsonExport json, JsonParser p, String name, int line, Outline o) throws IOException, ExportFormatException {
        if (name.equals("CreatedAt")) o.createdAtLine = line;
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.VALUE_STRING) throw json.badField(line, name, "is not a string");
        return p.getText();
    }

    /** One entry of Results: a target (OS packages, a lockfile …) and its vulnerabilities. */
    private static void result(JsonExport json, JsonParser p, int index, List<Vulnerability> out) throws IOException, ExportFormatException {
        String path = "Results[" + index + "]";
        int line = p.currentTokenLocation().getLineNr();
        if (p.currentToken() != JsonToken.START_OBJECT) throw json.badField(line, path, "is not an object");
        String[] target = {""};
        List<JsonExport.Item> items = new ArrayList<>();
        json.object(p, (name, vp) -> {
            if (name.equals("Target")) {
                target[0] = vp.currentToken() == JsonToken.VALUE_STRING ? vp.getText() : "";
                JsonExport.skip(vp);
            } else if (name.equals("Vulnerabilities")) {
                json.array(vp, path + ".Vulnerabilities", (i, ip) -> items.add(JsonExport.item(ip)));
            } else {
                JsonExport.skip(vp);
            }
        });
        for (int i = 0; i < items.size(); i++) {
            out.add(vulnerability(json, items.get(i), path + ".Vulnerabilities[" + i + "].", target[0]));
        }
    }

    /** One vulnerability; a problem is reported at the line of the field that has it. */
    private static Vulnerability vulnerability(JsonExport json, JsonExport.Item v, String path, String target) throws ExportFormatException {
        int line = v.line();
        if (!v.node().isObject()) throw json.badField(line, path.substring(0, path.length() - 1), "is not an object");
        String id = json.text(v, "VulnerabilityID", path, true);
        String pkg = json.text(v, "PkgName", path, true);
        String installed = json.text(v, "InstalledVersion", path, false);
        String fixed = json.text(v, "FixedVersion", path, false);
        String severityText = json.text(v, "Severity", path, true);
        VulnerabilitySeverity severity = VulnerabilitySeverity.parse(severityText);
        if (severity == null || severity == VulnerabilitySeverity.NEGLIGIBLE) {
            throw json.badField(v.lineOf("Severity"), path + "Severity", "\"" + severityText + "\" is not one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN");
        }
        String publishedText = json.text(v, "PublishedDate", path, false);
        Optional<Instant> published = Optional.empty();
        if (!publishedText.isEmpty()) {
            Instant at = ExportTimes.offsetTime(publishedText);
            if (at == null) throw json.badField(v.lineOf("PublishedDate"), path + "PublishedDate", "\"" + publishedText + "\" is not an RFC 3339 time");
            published = Optional.of(at);
        }
        // Trivy lists several fixed versions (one per release line) in one comma-separated string.
        List<String> fixedVersions = Arrays.stream(fixed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Vulnerability(line, id, pkg, installed, target, fixedVersions, json.text(v, "Status", path, false),
                severity, published);
    }

    /** What the top level of the report says, gathered in whatever order the fields come. */
    private static final class Outline {
        Integer schema;
        String schemaText = "";
        int schemaLine;
        String createdAt;
        int createdAtLine = 1;
        String artifactName;
        int artifactLine;
        String artifactType = "";
        String version = "";
        final List<Vulnerability> vulnerabilities = new ArrayList<>();
    }
}
