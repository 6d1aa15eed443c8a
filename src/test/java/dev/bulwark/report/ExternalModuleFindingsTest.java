package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding on a resource inside a module installed by terraform init points at the module call in
 * the scanned code (at the argument that feeds the offending attribute when one does) and carries
 * the module's own location as related; a local module's findings keep their own file.
 */
class ExternalModuleFindingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTRY_MODULE = "registry.terraform.io/acme/site/aws 1.2.0";

    @TempDir
    Path dir;

    private ScanReport report;
    private Path tree;

    @BeforeEach
    void scan() {
        report = TestScans.externalModuleReport(dir);
        tree = dir.resolve("tree");
    }

    private JsonNode sarifRun() throws Exception {
        StringWriter out = new StringWriter();
        SarifReport.write(report, out);
        JsonNode root = JSON.readTree(out.toString());
        assertThat(Schemas.sarifErrors(root)).isEmpty();
        return root.path("runs").get(0);
    }

    private static JsonNode result(JsonNode run, String rule, String address) {
        for (JsonNode r : run.path("results")) {
            if (r.path("ruleId").asText().equals(rule) && r.path("properties").path("resourceAddress").asText().equals(address)) return r;
        }
        throw new AssertionError("no result " + rule + " on " + address);
    }

    private static void assertRegion(JsonNode location, String uri, int startLine) {
        JsonNode physical = location.path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo(uri);
        assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(startLine);
    }

    @Test
    void sarifPointsAtTheArgumentTheUserSetsWithTheModuleResourceRelated() throws Exception {
        JsonNode r = result(sarifRun(), "ACME-S3-900", "module.site.aws_s3_bucket.this");
        assertThat(r.path("locations")).hasSize(1);
        assertRegion(r.path("locations").get(0), "main.tf", 6);
        JsonNode related = r.path("relatedLocations");
        assertThat(related).hasSize(2);
        assertRegion(related.get(0), ".terraform/modules/site/main.tf", 11);
        assertThat(related.get(0).path("id").asInt()).isEqualTo(1);
        assertThat(related.get(0).path("message").path("text").asText())
                .isEqualTo("resource aws_s3_bucket.this in module " + REGISTRY_MODULE + " at " + tree.resolve(".terraform/modules/site/main.tf") + ":11");
        assertRegion(related.get(1), ".terraform/modules/site/main.tf", 13);
        assertThat(related.get(1).path("message").path("text").asText()).startsWith("acl of aws_s3_bucket.this at ");
        assertThat(r.path("message").path("text").asText())
                .startsWith("bucket module.site.aws_s3_bucket.this has acl public-read (module.site.aws_s3_bucket.this). [resource aws_s3_bucket.this in module "
                        + REGISTRY_MODULE)
                .contains("](1); [acl of aws_s3_bucket.this").endsWith("](2)");
    }

    @Test
    void sarifFingerprintFollowsTheCallersFile() throws Exception {
        JsonNode r = result(sarifRun(), "ACME-S3-900", "module.site.aws_s3_bucket.this");
        assertThat(r.path("partialFingerprints").path("bulwarkFinding/v1").asText())
                .isEqualTo(SarifReport.fingerprint("ACME-S3-900", "module.site.aws_s3_bucket.this", "main.tf"));
    }

    @Test
    void nestedModuleKeepsTheOutermostCallPrimaryAndTheChainRelated() throws Exception {
        JsonNode r = result(sarifRun(), "ACME-S3-900", "module.site.module.replica.aws_s3_bucket.replica");
        assertRegion(r.path("locations").get(0), "main.tf", 6);
        JsonNode related = r.path("relatedLocations");
        assertThat(related).hasSize(3);
        assertRegion(related.get(0), ".terraform/modules/site/main.tf", 17);
        assertThat(related.get(0).path("message").path("text").asText())
                .startsWith("module.site.module.replica: call of module ./modules/replica in " + REGISTRY_MODULE + " at ");
        assertRegion(related.get(1), ".terraform/modules/site/modules/replica/main.tf", 4);
        assertRegion(related.get(2), ".terraform/modules/site/modules/replica/main.tf", 6);
    }

    @Test
    void findingAboutTheWholeResourcePointsAtTheModuleBlock() throws Exception {
        JsonNode r = result(sarifRun(), "ACME-S3-901", "module.site.module.replica.aws_s3_bucket.replica");
        assertRegion(r.path("locations").get(0), "main.tf", 1);
        assertThat(r.path("locations").get(0).path("physicalLocation").path("region").path("endLine").asInt()).isEqualTo(7);
        assertThat(r.path("relatedLocations")).hasSize(2);
    }

    @Test
    void attributeFedBySeveralArgumentsPointsAtTheModuleBlockAndListsThem() throws Exception {
        JsonNode r = result(sarifRun(), "ACME-S3-902", "module.site.aws_s3_bucket.this");
        assertRegion(r.path("locations").get(0), "main.tf", 1);
        JsonNode related = r.path("relatedLocations");
        assertRegion(related.get(0), "main.tf", 4);
        assertThat(related.get(0).path("message").path("text").asText()).startsWith("argument prefix of module.site, which bucket derives from, at ");
        assertRegion(related.get(1), "main.tf", 5);
        assertThat(related.get(1).path("message").path("text").asText()).startsWith("argument name of module.site");
        assertRegion(related.get(2), ".terraform/modules/site/main.tf", 11);
    }

    @Test
    void localModuleFindingKeepsItsOwnFileAndHasNothingRelated() throws Exception {
        JsonNode r = result(sarifRun(), "ACME-S3-900", "module.logs.aws_s3_bucket.logs");
        assertRegion(r.path("locations").get(0), "modules/logs/main.tf", 3);
        assertThat(r.has("relatedLocations")).isFalse();
        assertThat(r.path("message").path("text").asText()).isEqualTo("bucket module.logs.aws_s3_bucket.logs has acl public-read (module.logs.aws_s3_bucket.logs)");
    }

    @Test
    void jsonGivesTheCallAsLocationAndTheModuleAsLocations() throws Exception {
        StringWriter out = new StringWriter();
        FindingsJsonReport.write(report, out);
        JsonNode root = JSON.readTree(out.toString());
        assertThat(Schemas.scanResultsErrors(root)).isEmpty();
        JsonNode external = null;
        JsonNode local = null;
        for (JsonNode f : root.path("findings")) {
            if (!f.path("rule").asText().equals("ACME-S3-900")) continue;
            if (f.path("resource").path("address").asText().equals("module.site.aws_s3_bucket.this")) external = f;
            if (f.path("resource").path("address").asText().equals("module.logs.aws_s3_bucket.logs")) local = f;
        }
        assertThat(external).isNotNull();
        assertThat(external.path("location").path("file").asText()).isEqualTo(tree.resolve("main.tf").toString());
        assertThat(external.path("location").path("startLine").asInt()).isEqualTo(1);
        assertThat(external.path("location").path("endLine").asInt()).isEqualTo(7);
        assertThat(external.path("attributeLocation").path("startLine").asInt()).isEqualTo(6);
        JsonNode related = external.path("locations");
        assertThat(related).hasSize(2);
        assertThat(related.get(0).path("file").asText()).isEqualTo(tree.resolve(".terraform/modules/site/main.tf").toString());
        assertThat(related.get(0).path("startLine").asInt()).isEqualTo(11);
        assertThat(related.get(0).path("message").asText()).startsWith("resource aws_s3_bucket.this in module " + REGISTRY_MODULE);
        assertThat(local).isNotNull();
        assertThat(local.path("location").path("file").asText()).isEqualTo(tree.resolve("modules/logs/main.tf").toString());
        assertThat(local.path("locations")).isEmpty();
    }

    @Test
    void consoleShowsTheCallerFirstThenWhereInTheModule() {
        StringWriter out = new StringWriter();
        new ConsoleReport(false, false).write(report, new PrintWriter(out));
        String text = out.toString();
        String sep = System.lineSeparator();
        assertThat(text).contains("          module.site.aws_s3_bucket.this  " + tree.resolve("main.tf") + ":6" + sep
                + "          bucket module.site.aws_s3_bucket.this has acl public-read" + sep
                + "          related: resource aws_s3_bucket.this in module " + REGISTRY_MODULE + " at "
                + tree.resolve(".terraform/modules/site/main.tf") + ":11" + sep);
        assertThat(text).contains("          module.logs.aws_s3_bucket.logs  " + tree.resolve("modules/logs/main.tf") + ":3" + sep
                + "          bucket module.logs.aws_s3_bucket.logs has acl public-read" + sep
                + "          fix: ");
    }
}
