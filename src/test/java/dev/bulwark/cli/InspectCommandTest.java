package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bulwark inspect} on the bundled example and on broken input. */
class InspectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsTheExampleModelAsJson() throws Exception {
        CliRunner.Result r = CliRunner.run("inspect", "examples/aws-platform", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("schemaVersion").asText()).isEqualTo("1");
        JsonNode subnet = find(root, "module.network.aws_subnet.private[\"eu-west-1b\"]");
        assertThat(subnet.path("type").asText()).isEqualTo("aws_subnet");
        assertThat(subnet.path("module").asText()).isEqualTo("module.network");
        assertThat(subnet.path("location").path("file").asText()).isEqualTo("examples/aws-platform/modules/network/main.tf");
        assertThat(subnet.path("location").path("startLine").asInt()).isEqualTo(30);
        assertThat(subnet.path("location").path("endLine").asInt()).isEqualTo(36);
        assertThat(subnet.path("attributes").path("cidr_block").asText()).isEqualTo("10.20.16.0/20");
        JsonNode worker = find(root, "aws_instance.worker[0]");
        assertThat(worker.path("attributes").path("ami").path("$unknown").path("reason").asText()).isEqualTo("unset_variable");
        assertThat(worker.path("unknown")).anySatisfy(u -> assertThat(u.path("path").asText()).isEqualTo("ami"));
        assertThat(root.path("diagnostics")).anySatisfy(d -> assertThat(d.path("message").asText()).contains("module \"dns\""));
    }

    @Test
    void textFormatNamesAddressesAndLocations() {
        CliRunner.Result r = CliRunner.run("inspect", "examples/aws-platform");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("aws_s3_bucket.scratch[\"web\"]  (examples/aws-platform/storage.tf:74-78)")
                .contains("(unknown: variable has no value: var.worker_ami)");
    }

    @Test
    void brokenFileIsReportedWithPositionAndExitCode2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.tf"), "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\n");
        Files.writeString(dir.resolve("broken.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n");
        CliRunner.Result r = CliRunner.run("inspect", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        assertThat(r.out()).contains("aws_s3_bucket.a").contains("broken.tf:").contains("error:");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitWith2() {
        CliRunner.Result r = CliRunner.run("inspect", "--format", "xml", "x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--format");
        assertThat(CliRunner.run("inspect").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("frobnicate").exitCode()).isEqualTo(2);
    }

    private static JsonNode find(JsonNode root, String address) {
        for (JsonNode r : root.path("resources")) {
            if (r.path("address").asText().equals(address)) return r;
        }
        throw new AssertionError("no resource " + address);
    }
}
