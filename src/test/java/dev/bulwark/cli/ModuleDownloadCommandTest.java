package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.source.terraform.modules.Archives;
import dev.bulwark.source.terraform.modules.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.bulwark.cli.ScanCommandTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registry modules downloaded by {@code scan} and {@code inspect} from a registry on the loopback
 * interface, then scanned like local code; and what happens when downloads are off or fail.
 */
class ModuleDownloadCommandTest {
    private static final String RULE = "BW-AWS-NET-001";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    LoopbackServer registry;
    Path repo;

    /** A security group module in the style of public registry modules: typed object input, for_each over the rules. */
    private static String module(String version) {
        return """
                # security-group module %s
                variable "name" { type = string }
                variable "ingress" {
                  type = map(object({
                    port        = number
                    cidr_blocks = optional(list(string), ["10.0.0.0/8"])
                  }))
                  default = {}
                }
                resource "aws_security_group" "this" {
                  name = var.name
                  dynamic "ingress" {
                    for_each = var.ingress
                    content {
                      from_port   = ingress.value.port
                      to_port     = ingress.value.port
                      protocol    = "tcp"
                      cidr_blocks = ingress.value.cidr_blocks
                    }
                  }
                }
                output "id" { value = aws_security_group.this.id }
                """.formatted(version);
    }

    @BeforeEach
    void start() throws IOException {
        registry = new LoopbackServer();
        Map<String, String> versions = new LinkedHashMap<>();
        for (String v : List.of("1.0.0", "1.4.0", "1.5.2", "2.0.0")) {
            versions.put(v, "/archives/sg-" + v + ".tar.gz");
            registry.answer("/archives/sg-" + v + ".tar.gz", LoopbackServer.Answer.bytes(new Archives().file("main.tf", module(v)).tarGz()));
        }
        registry.registry("acme/security-group/aws", versions);
        repo = tmp.resolve("repo");
        write(repo, "main.tf", """
                module "bastion" {
                  source  = "%s/acme/security-group/aws"
                  version = "~> 1.4"
                  name    = "bastion"
                  ingress = {
                    ssh = { port = 22, cidr_blocks = ["0.0.0.0/0"] }
                  }
                }
                """.formatted(registry.host()));
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private CliRunner.Result scan(String... extra) {
        List<String> args = new ArrayList<>(List.of("scan", repo.toString(), "--check", RULE, "--format", "json"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static JsonNode finding(CliRunner.Result r, String address) throws IOException {
        for (JsonNode f : JSON.readTree(r.out()).path("findings")) {
            if (f.path("resource").path("address").asText().equals(address)) return f;
        }
        throw new AssertionError("no finding on " + address + " in " + r.out());
    }

    @Test
    void aRegistryModuleChosenByVersionConstraintIsDownloadedAndScanned() throws IOException {
        CliRunner.Result r = scan("--download-modules", "--allow-loopback-http");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FINDINGS.code);
        JsonNode f = finding(r, "module.bastion.aws_security_group.this");
        assertThat(f.path("rule").asText()).isEqualTo(RULE);
        assertThat(f.path("status").asText()).isEqualTo("FAIL");
        // The finding points at the caller's module block; the downloaded module's resource is related.
        assertThat(f.path("location").path("file").asText()).doesNotContain(".bulwark/").endsWith("main.tf");
        JsonNode inModule = null;
        for (JsonNode l : f.path("locations")) if (l.path("message").asText().startsWith("resource ")) inModule = l;
        assertThat(inModule).as(f.toString()).isNotNull();
        String file = inModule.path("file").asText();
        assertThat(file).contains(".bulwark/modules/").endsWith("/package/main.tf");
        assertThat(inModule.path("message").asText()).startsWith("resource aws_security_group.this in module ").contains("1.5.2");
        assertThat(Files.readString(Path.of(file).isAbsolute() ? Path.of(file) : Path.of("").toAbsolutePath().resolve(file)))
                .contains("security-group module 1.5.2");
        assertThat(registry.requests()).contains("/v1/modules/acme/security-group/aws/1.5.2/download");

        // The cached copy serves later scans without downloads turned on, and without the network.
        int requests = registry.requests().size();
        CliRunner.Result again = scan();
        assertThat(again.exitCode()).isEqualTo(ExitCode.FINDINGS.code);
        assertThat(finding(again, "module.bastion.aws_security_group.this").path("status").asText()).isEqualTo("FAIL");
        assertThat(registry.requests()).hasSize(requests);
    }

    @Test
    void withoutDownloadsTheModuleIsNamedWithHowToLoadItAndNothingIsWritten() throws IOException {
        CliRunner.Result r = scan();
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK.code);
        JsonNode diagnostics = JSON.readTree(r.out()).path("diagnostics");
        assertThat(diagnostics.toString()).contains("module \\\"bastion\\\" from \\\"" + registry.host() + "/acme/security-group/aws\\\" is not loaded")
                .contains("--download-modules");
        assertThat(repo.resolve(".bulwark")).doesNotExist();
        assertThat(registry.requests()).isEmpty();

        CliRunner.Result inspect = CliRunner.run("inspect", repo.toString());
        assertThat(inspect.out()).contains("is not loaded").contains("--download-modules");
        assertThat(repo.resolve(".bulwark")).doesNotExist();
    }

    @Test
    void modulesDownloadInTheConfigurationTurnsDownloadsOnForScanAndInspect() throws IOException {
        write(repo, ".bulwark.yaml", "modules: download\n");
        CliRunner.Result inspect = CliRunner.run("inspect", repo.toString(), "--allow-loopback-http");
        assertThat(inspect.exitCode()).as(inspect.out() + inspect.err()).isEqualTo(ExitCode.OK.code);
        assertThat(inspect.out()).contains("module.bastion.aws_security_group.this");
        assertThat(finding(scan("--allow-loopback-http"), "module.bastion.aws_security_group.this").path("status").asText()).isEqualTo("FAIL");
    }

    @Test
    void aFailedDownloadIsOneErrorAndTheScanGoesOn() throws IOException {
        write(repo, "local.tf", """
                resource "aws_security_group" "local" {
                  ingress {
                    from_port   = 3389
                    to_port     = 3389
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """);
        write(repo, "main.tf", """
                module "bastion" {
                  source  = "%s/acme/security-group/aws"
                  version = ">= 3.0"
                  name    = "bastion"
                }
                """.formatted(registry.host()));
        CliRunner.Result r = scan("--download-modules", "--allow-loopback-http");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS.code);
        assertThat(finding(r, "aws_security_group.local").path("status").asText()).isEqualTo("FAIL");
        JsonNode diagnostics = JSON.readTree(r.out()).path("diagnostics");
        List<String> messages = new ArrayList<>();
        diagnostics.forEach(d -> messages.add(d.path("message").asText()));
        assertThat(messages).contains("module \"bastion\" from \"" + registry.host() + "/acme/security-group/aws\" could not be downloaded: "
                + "no version of acme/security-group/aws on " + registry.host() + " matches >= 3.0 (available: 2.0.0, 1.5.2, 1.4.0, 1.0.0); "
                + "its resources are not loaded and its outputs are unknown");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
