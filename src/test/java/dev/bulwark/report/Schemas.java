package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
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
 * The schemas output must satisfy: the published SARIF 2.1.0 and OSCAL 1.1.3 schemas (test
 * resource copies, see src/test/resources/schemas/README.md) and Bulwark's own scan-results schema, read from docs/ so there is one source for it.
 * Formats (uri, date …) are asserted, not just annotated.
 */
public final class Schemas {
    public static final Path SCAN_RESULTS = Path.of("docs/scan-results.schema.json");
    private static final String SARIF = "/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static final String OSCAL_ASSESSMENT_RESULTS = "/schemas/oscal/oscal-ar_schema.json";
    private static final String OSCAL_CATALOG = "/schemas/oscal/oscal-catalog_schema.json";

    private static JsonSchema sarif;
    private static JsonSchema scanResults;
    private static JsonSchema oscalAssessmentResults;
    private static JsonSchema oscalCatalog;

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

    /** Violations of the OSCAL 1.1.3 assessment-results schema, as readable lines; empty when valid. */
    public static synchronized List<String> oscalAssessmentResultsErrors(JsonNode document) {
        if (oscalAssessmentResults == null) oscalAssessmentResults = draft7(OSCAL_ASSESSMENT_RESULTS);
        return messages(oscalAssessmentResults, document);
    }

    /** Violations of the OSCAL 1.1.3 catalog schema, as readable lines; empty when valid. */
    public static synchronized List<String> oscalCatalogErrors(JsonNode document) {
        if (oscalCatalog == null) oscalCatalog = draft7(OSCAL_CATALOG);
        return messages(oscalCatalog, document);
    }

    /**
     * A draft-07 schema. The published OSCAL schemas write one property's schema as
     * {@code "id": {"id": {"$ref": …}}} (a party's external ids); draft 7 has no {@code id} keyword,
     * and the validator refuses keywords it knows from older drafts unless told they only annotate.
     */
    private static JsonSchema draft7(String resource) {
        JsonMetaSchema v7 = JsonMetaSchema.getV7();
        JsonMetaSchema meta = JsonMetaSchema.builder(v7.getIri(), v7).keyword(new NonValidationKeyword("id")).build();
        JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)).metaSchema(meta).build();
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the test resources");
            return factory.getSchema(JSON.readTree(in), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
