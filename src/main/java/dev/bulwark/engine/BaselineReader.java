package dev.bulwark.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.finding.Baseline;
import dev.bulwark.finding.BaselineEntry;
import dev.bulwark.source.located.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a baseline: an earlier {@code bulwark scan --format json} (or {@code bulwark baseline write}).
 * Anything else is refused with the file and what is wrong, never read as an empty baseline, which
 * would make every finding new.
 */
public final class BaselineReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = " (expected the output of bulwark baseline write or bulwark scan --format json)";
    private static final Pattern FINGERPRINT = Pattern.compile("v1:[0-9a-f]{32}");

    /** A baseline file that cannot be used; the message names the file. */
    public static final class BaselineException extends Exception {
        public BaselineException(String message) {
            super(message);
        }
    }

    private final String file;

    private BaselineReader(String file) {
        this.file = file;
    }

    public static Baseline read(Path path) throws BaselineException {
        String shown = path.toString();
        String text;
        try {
            text = Utf8Text.decodeWithoutBom(Files.readAllBytes(path));
        } catch (Utf8Text.NotTextException e) {
            throw new BaselineException("baseline " + shown + ":" + e.line() + ": " + e.detail() + EXPECTED);
        } catch (NoSuchFileException e) {
            throw new BaselineException("baseline " + shown + ": no such file" + EXPECTED);
        } catch (IOException e) {
            throw new BaselineException("baseline " + shown + ": cannot read: " + e.getMessage());
        }
        return parse(shown, text);
    }

    /** Reads a baseline from text; {@code shown} names it in messages. */
    public static Baseline parse(String shown, String text) throws BaselineException {
        return new BaselineReader(shown).parse(text);
    }

    private Baseline parse(String text) throws BaselineException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new BaselineException("baseline " + file + at + ": not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + EXPECTED);
        }
        if (root == null || !root.isObject() || !root.has("schemaVersion") || !root.path("findings").isArray()) {
            throw new BaselineException("baseline " + file + ": no schemaVersion and findings" + EXPECTED);
        }
        String version = root.get("schemaVersion").asText();
        if (!version.startsWith("1.")) {
            throw new BaselineException("baseline " + file + ": schemaVersion " + version + " is not supported (this version of bulwark reads 1.x)");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        JsonNode findings = root.get("findings");
        for (int i = 0; i < findings.size(); i++) {
            String where = "findings[" + i + "]";
            JsonNode f = findings.get(i);
            if (!f.isObject()) throw error(where, "expected an object");
            String status = text(f, where, "status");
            if (!status.equals("FAIL") && !status.equals("UNKNOWN")) continue;
            String rule = text(f, where, "rule");
            String address = text(f.path("resource"), where + ".resource", "address");
            String fingerprint = null;
            if (f.hasNonNull("fingerprint")) {
                fingerprint = f.get("fingerprint").asText();
                if (!FINGERPRINT.matcher(fingerprint).matches()) {
                    throw error(where + ".fingerprint", "\"" + fingerprint + "\" is not a fingerprint this version of bulwark writes (v1:<32 hex digits>)");
                }
            }
            JsonNode loc = f.path("attributeLocation").isObject() ? f.path("attributeLocation") : f.path("location");
            entries.add(new BaselineEntry(rule, address, status, fingerprint, loc.path("file").asText(""), loc.path("startLine").asInt(0),
                    f.path("message").asText("")));
        }
        return new Baseline(file, entries);
    }

    private String text(JsonNode node, String where, String field) throws BaselineException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) throw error(where + "." + field, "expected a non-empty string");
        return v.asText();
    }

    private BaselineException error(String where, String what) {
        return new BaselineException("baseline " + file + ": " + where + ": " + what + EXPECTED);
    }
}
