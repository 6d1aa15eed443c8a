package dev.bulwark.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.finding.BaselineComparison;
import dev.bulwark.finding.BaselineEntry;
import dev.bulwark.finding.ContentFingerprint;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.RelatedLocation;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleMetadata;
import dev.bulwark.rule.Severity;
import dev.bulwark.rule.Status;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * SARIF 2.1.0 for code hosts: rules from the metadata (with help, as GitHub requires), one result per
 * failed or undecided check, file URIs relative to {@code %SRCROOT%}, and fingerprints that stay the
 * same across runs while rule, resource and file stay the same.
 */
public final class SarifReport implements ScanRenderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Placeholder on a reserved domain until the project has a public home; set in one place. */
    static final String INFORMATION_URI = "https://bulwark.invalid/";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        write(report, out);
    }

    public static void write(ScanReport report, Writer out) throws IOException {
        Json.write(toJson(report), out);
    }

    /** The SARIF level for a severity; the one place this mapping lives. */
    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    /** GitHub's security-severity score (0–10) for a severity. */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
        };
    }

    public static ObjectNode toJson(ScanReport report) {
        Path root = report.sourceRoot();
        Path workingDir = Path.of("");
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("$schema", SCHEMA);
        out.put("version", "2.1.0");
        ObjectNode run = out.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Bulwark");
        driver.put("version", report.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule r : report.result().rules()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(rule(r.metadata(), report));
        }
        run.putArray("invocations").add(invocation(report, root, workingDir));
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", SourceRoot.directoryUri(root));
        ArrayNode results = run.putArray("results");
        ContentFingerprint fingerprints = report.fingerprints();
        BaselineComparison baseline = report.baseline();
        for (Finding f : report.result().findings()) {
            // Code hosts list results as alerts: passes and checks that did not apply are left out.
            if (f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE) continue;
            ObjectNode r = result(f, ruleIndex.get(f.rule().id()), root, workingDir);
            ((ObjectNode) r.get("partialFingerprints")).put("bulwarkContent/v1", fingerprints.fingerprint(f));
            if (baseline != null) r.put("baselineState", baseline.isNew(f) ? "new" : "unchanged");
            results.add(r);
        }
        if (baseline != null) {
            for (BaselineEntry e : baseline.absent()) results.add(absent(e, ruleIndex.get(e.rule()), root, workingDir));
        }
        return out;
    }

    /**
     * The run itself: it completed, and any file that could not be read or parsed, or suppression
     * that was not applied, is a notification, so a SARIF-only consumer still learns of it.
     */
    private static ObjectNode invocation(ScanReport report, Path root, Path workingDir) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("executionSuccessful", true);
        ArrayNode notes = n.putArray("toolExecutionNotifications");
        for (Diagnostic d : report.result().diagnostics()) {
            if (d.severity() == Diagnostic.Severity.INFO) continue;
            ObjectNode note = notes.addObject();
            note.put("level", d.severity() == Diagnostic.Severity.ERROR ? "error" : "warning");
            note.putObject("message").put("text", d.message());
            ObjectNode physical = note.putArray("locations").addObject().putObject("physicalLocation");
            artifact(physical, d.location().file(), root, workingDir);
            if (d.location().startLine() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", d.location().startLine());
                if (d.location().startColumn() > 0) region.put("startColumn", d.location().startColumn());
            }
        }
        return n;
    }

    private static ObjectNode rule(RuleMetadata m, ScanReport report) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", m.id());
        n.put("name", m.id().replace("-", ""));
        n.putObject("shortDescription").put("text", m.title());
        n.putObject("fullDescription").put("text", oneLine(m.description()));
        ObjectNode help = n.putObject("help");
        help.put("text", oneLine(m.description()) + "\n\nFix: " + oneLine(m.remediation()));
        help.put("markdown", "**" + m.title() + "**\n\n" + oneLine(m.description()) + "\n\n**Fix:** " + oneLine(m.remediation())
                + "\n\nPolicy requirements: " + String.join(", ", m.requirements())
                + " (SOC 2 " + String.join(", ", report.policy().soc2For(m.requirements())) + ")");
        if (!m.references().isEmpty()) n.put("helpUri", m.references().get(0));
        n.putObject("defaultConfiguration").put("level", level(m.severity()));
        ObjectNode props = n.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        tags.add("security");
        m.requirements().forEach(r -> tags.add("policy/" + r));
        report.policy().soc2For(m.requirements()).forEach(c -> tags.add("soc2/" + c));
        props.put("security-severity", securitySeverity(m.severity()));
        props.put("severity", m.severity().name());
        if (!m.aliases().isEmpty()) props.set("aliases", Json.strings(m.aliases()));
        return n;
    }

    private static ObjectNode result(Finding f, int ruleIndex, Path root, Path workingDir) {
        RuleMetadata m = f.rule().metadata();
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("ruleId", m.id());
        n.put("ruleIndex", ruleIndex);
        if (f.status() == Status.FAIL) {
            n.put("kind", "fail");
            n.put("level", level(m.severity()));
        } else {
            n.put("kind", "review");
            n.put("level", "none");
        }
        n.putObject("message").put("text", message(f));
        n.putArray("locations").add(location(f.primaryLocation(), f.resourceAddress(), root, workingDir));
        if (!f.related().isEmpty()) {
            ArrayNode related = n.putArray("relatedLocations");
            for (RelatedLocation r : f.related()) related.add(related(r, related.size() + 1, root, workingDir));
        }
        String file = SourceRoot.uri(f.location().file(), root, workingDir);
        n.putObject("partialFingerprints").put("bulwarkFinding/v1", fingerprint(m.id(), f.resourceAddress(), file));
        if (f.suppressed()) {
            ObjectNode s = n.putArray("suppressions").addObject();
            s.put("kind", f.suppression().declaredAt().startLine() > 0 ? "inSource" : "external");
            s.put("justification", f.suppression().reason());
        }
        ObjectNode props = n.putObject("properties");
        props.put("status", f.status().name());
        props.put("resourceAddress", f.resourceAddress());
        props.put("resourceType", f.resourceType());
        return n;
    }

    /**
     * A baseline finding this run no longer has, as SARIF's {@code absent} state asks: located where the
     * baseline saw it, linked to its rule only when that rule ran this time.
     */
    private static ObjectNode absent(BaselineEntry e, Integer ruleIndex, Path root, Path workingDir) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("ruleId", e.rule());
        if (ruleIndex != null) n.put("ruleIndex", ruleIndex);
        n.put("kind", "pass");
        n.put("level", "none");
        n.putObject("message").put("text", "No longer found: " + e.message() + " (" + e.resourceAddress() + ")");
        SourceLocation at = new SourceLocation(e.file(), e.line(), 0, e.line(), 0);
        n.putArray("locations").add(location(at, e.resourceAddress(), root, workingDir));
        if (e.fingerprint() != null) n.putObject("partialFingerprints").put("bulwarkContent/v1", e.fingerprint());
        n.put("baselineState", "absent");
        ObjectNode props = n.putObject("properties");
        props.put("status", e.status());
        props.put("resourceAddress", e.resourceAddress());
        return n;
    }

    /** The finding's message and resource, then each related location as a link, which code hosts show clickable. */
    private static String message(Finding f) {
        StringBuilder text = new StringBuilder(f.message()).append(" (").append(f.resourceAddress()).append(")");
        for (int i = 0; i < f.related().size(); i++) {
            text.append(i == 0 ? ". " : "; ").append('[').append(linkText(f.related().get(i).message())).append("](").append(i + 1).append(')');
        }
        return text.toString();
    }

    /** Brackets in a link's text are escaped, as SARIF's embedded-link syntax asks. */
    private static String linkText(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    private static ObjectNode related(RelatedLocation r, int id, Path root, Path workingDir) {
        ObjectNode loc = Json.MAPPER.createObjectNode();
        loc.put("id", id);
        physical(loc, r.location(), root, workingDir);
        loc.putObject("message").put("text", r.message());
        return loc;
    }

    private static ObjectNode location(SourceLocation at, String address, Path root, Path workingDir) {
        ObjectNode loc = Json.MAPPER.createObjectNode();
        physical(loc, at, root, workingDir);
        ArrayNode logical = loc.putArray("logicalLocations");
        ObjectNode l = logical.addObject();
        l.put("fullyQualifiedName", address);
        l.put("kind", "resource");
        return loc;
    }

    /** The file and, when known, the lines of {@code at}. */
    private static void physical(ObjectNode loc, SourceLocation at, Path root, Path workingDir) {
        ObjectNode physical = loc.putObject("physicalLocation");
        artifact(physical, at.file(), root, workingDir);
        if (at.startLine() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", at.startLine());
            region.put("endLine", Math.max(at.startLine(), at.endLine()));
        }
    }

    /** The file relative to %SRCROOT% when inside the source root, else as an absolute URI. */
    private static void artifact(ObjectNode physical, String file, Path root, Path workingDir) {
        ObjectNode artifact = physical.putObject("artifactLocation");
        String uri = SourceRoot.uri(file, root, workingDir);
        artifact.put("uri", uri);
        if (!uri.startsWith("file:")) artifact.put("uriBaseId", SRCROOT);
    }

    /**
     * Stable across runs, line moves and checkouts: the rule, the resource address and the file's
     * URI relative to the source root; never line numbers.
     */
    static String fingerprint(String rule, String address, String file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((rule + "\u0000" + address + "\u0000" + file).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

}
