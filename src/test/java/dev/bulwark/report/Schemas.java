package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The schemas scan output must satisfy: the published SARIF 2.1.0 schema (a test resource copy)
 * and Bulwark's own scan-results schema, read from docs/ so there is one source for it.
 * Formats (uri, date …) are asserted, not just annotated.
 */
public final class Schemas {
    public static final Path SCAN_RESULTS = Path.of("docs/scan-results.schema.json");
    private static final String SARIF = "/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static JsonSchema sarif;
    private static JsonSchema scanResults;

    private Schemas() {}

    /** Violations of SARIF 2.1.0, as readable lines; empty when valid. */
    public static synchronized List<String> sarifErrors(JsonNode document) {
        if (sarif == null) {
            try (InputStream in = Schemas.class.getResourceAsStream(SARIF)) {
                if (in == null) throw new IllegalStateException(SARIF + " is missing from the test resources");
                sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in), CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return messages(sarif, document);
    }

    /** Violations of docs/scan-results.schema.json, as readable lines; empty when valid. */
    public static synchronized List<String> scanResultsErrors(JsonNode document) {
        if (scanResults == null) {
            try {
                scanResults = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(JSON.readTree(Files.readString(SCAN_RESULTS)), CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return messages(scanResults, document);
    }

    private static List<String> messages(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
    }
}
