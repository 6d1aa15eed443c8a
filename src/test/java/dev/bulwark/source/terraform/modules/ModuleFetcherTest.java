package dev.bulwark.source.terraform.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Registry and HTTP archive downloads from a server on the loopback interface, and the cache they fill. */
class ModuleFetcherTest {
    private static final String MAIN_TF = "variable \"name\" { type = string }\nresource \"aws_s3_bucket\" \"this\" { bucket = var.name }\n";

    @TempDir
    Path tmp;
    Path cache;
    LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        cache = tmp.resolve("repo/.bulwark/modules");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ModuleFetcher downloading() {
        return new ModuleFetcher(cache, true, true);
    }

    private ModuleFetcher offline() {
        return new ModuleFetcher(cache, false, true);
    }

    private static Path loaded(ModuleFetcher.Outcome o) {
        assertThat(o).isInstanceOf(ModuleFetcher.Outcome.Loaded.class);
        return ((ModuleFetcher.Outcome.Loaded) o).dir();
    }

    private static String failure(ModuleFetcher.Outcome o) {
        assertThat(o).isInstanceOf(ModuleFetcher.Outcome.Failed.class);
        return ((ModuleFetcher.Outcome.Failed) o).message();
    }

    private void bucketRegistry() {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String v : List.of("1.0.0", "1.1.0", "1.2.0", "1.3.0-beta", "2.0.0")) {
            versions.put(v, "/archives/bucket-" + v + ".tar.gz");
            server.answer("/archives/bucket-" + v + ".tar.gz", LoopbackServer.Answer.bytes(new Archives()
                    .file("main.tf", MAIN_TF + "# version " + v + "\n").file("modules/policy/main.tf", "# policy " + v + "\n").tarGz()));
        }
        server.registry("acme/bucket/aws", versions);
    }

    @Test
    void theNewestVersionMatchingTheConstraintIsDownloadedAndRecorded() throws IOException {
        bucketRegistry();
        Path dir = loaded(downloading().find(server.host() + "/acme/bucket/aws", "~> 1.1"));
        assertThat(Files.readString(dir.resolve("main.tf"))).contains("# version 1.2.0");
        assertThat(dir.startsWith(cache)).isTrue();
        JsonNode manifest = new ObjectMapper().readTree(dir.getParent().resolve(ModuleCache.MANIFEST).toFile());
        assertThat(manifest.path("source").asText()).isEqualTo(server.host() + "/acme/bucket/aws");
        assertThat(manifest.path("version").asText()).isEqualTo("1.2.0");
        assertThat(manifest.path("location").asText()).isEqualTo(server.url("/archives/bucket-1.2.0.tar.gz"));
        assertThat(manifest.path("archive_sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(manifest.path("content_sha256").asText()).isEqualTo(ContentDigest.ofTree(dir));
        assertThat(server.requests()).containsExactly("/.well-known/terraform.json", "/v1/modules/acme/bucket/aws/versions",
                "/v1/modules/acme/bucket/aws/1.2.0/download", "/archives/bucket-1.2.0.tar.gz");
    }

    @Test
    void aCachedCopyIsReusedWithoutTheNetworkAndWithoutDownloadsTurnedOn() {
        bucketRegistry();
        Path first = loaded(downloading().find(server.host() + "/acme/bucket/aws//modules/policy", ">= 1.0, < 2.0"));
        int requests = server.requests().size();
        Path again = loaded(offline().find(server.host() + "/acme/bucket/aws//modules/policy", "~> 1.0"));
        assertThat(again).isEqualTo(first).endsWith(Path.of("package/modules/policy"));
        assertThat(server.requests()).hasSize(requests);
    }

    @Test
    void aCachedCopyWhoseFilesChangedIsNotUsedOfflineAndIsReplacedWhenDownloading() throws IOException {
        bucketRegistry();
        Path dir = loaded(downloading().find(server.host() + "/acme/bucket/aws", "1.0.0"));
        Files.writeString(dir.resolve("main.tf"), "# tampered\n");
        ModuleFetcher.Outcome offline = offline().find(server.host() + "/acme/bucket/aws", "1.0.0");
        assertThat(offline).isInstanceOf(ModuleFetcher.Outcome.NotLoaded.class);
        assertThat(((ModuleFetcher.Outcome.NotLoaded) offline).reason()).contains("changed since they were downloaded").contains("--download-modules");
        ModuleFetcher.Outcome again = downloading().find(server.host() + "/acme/bucket/aws", "1.0.0");
        assertThat(Files.readString(loaded(again).resolve("main.tf"))).contains("# version 1.0.0");
        assertThat(((ModuleFetcher.Outcome.Loaded) again).notes()).singleElement().asString().contains("downloaded again");
    }

    @Test
    void offlineWithoutACachedCopyWritesNothingAndSaysHowToLoad() {
        ModuleFetcher.Outcome o = offline().find(server.host() + "/acme/bucket/aws", "~> 1.0");
        assertThat(o).isInstanceOf(ModuleFetcher.Outcome.NotLoaded.class);
        assertThat(((ModuleFetcher.Outcome.NotLoaded) o).reason()).contains("--download-modules").contains("modules: download");
        assertThat(tmp.resolve("repo")).doesNotExist();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aJsonLocationRelativeToTheDownloadUrlAndASubdirectoryInIt() throws IOException {
        server.answer("/.well-known/terraform.json", LoopbackServer.Answer.json("{\"modules.v1\":\"/registry/modules/v1\"}"))
                .answer("/registry/modules/v1/acme/net/aws/versions", LoopbackServer.Answer.json("{\"modules\":[{\"versions\":[{\"version\":\"0.3.1\"}]}]}"))
                .answer("/registry/modules/v1/acme/net/aws/0.3.1/download", LoopbackServer.Answer.json("{\"location\":\"../../../../../../../files/net.zip//terraform\"}"))
                .answer("/files/net.zip", LoopbackServer.Answer.bytes(new Archives().file("terraform/main.tf", MAIN_TF).file("README.md", "x").zip()));
        Path dir = loaded(downloading().find(server.host() + "/acme/net/aws", null));
        assertThat(dir).endsWith(Path.of("package/terraform"));
        assertThat(Files.readString(dir.resolve("main.tf"))).isEqualTo(MAIN_TF);
    }

    @Test
    void anHttpArchiveSourceIsDownloadedOnce() {
        server.answer("/mods/vpc.zip", LoopbackServer.Answer.bytes(new Archives().file("vpc/main.tf", MAIN_TF).zip()));
        ModuleFetcher fetcher = downloading();
        Path a = loaded(fetcher.find(server.url("/mods/vpc.zip//vpc"), null));
        Path b = loaded(fetcher.find(server.url("/mods/vpc.zip//vpc"), null));
        assertThat(a).isEqualTo(b);
        assertThat(server.requests()).containsExactly("/mods/vpc.zip");
        server.answer("/get/module", LoopbackServer.Answer.terraformGet("/mods/vpc.zip"));
        assertThat(loaded(fetcher.find(server.url("/get/module//vpc"), null)).resolve("main.tf")).exists();
    }

    @Test
    void registryAndNetworkFailuresAreOneLineEach() {
        bucketRegistry();
        assertThat(failure(downloading().find(server.host() + "/acme/missing/aws", null)))
                .isEqualTo("registry version list " + server.url("/v1/modules/acme/missing/aws/versions") + ": the server answered HTTP 404");
        assertThat(failure(downloading().find(server.host() + "/acme/bucket/aws", "~> 3.0")))
                .isEqualTo("no version of acme/bucket/aws on " + server.host() + " matches ~> 3.0 (available: 2.0.0, 1.3.0-beta, 1.2.0, 1.1.0, 1.0.0)");
        assertThat(failure(downloading().find(server.host() + "/acme/bucket/aws", "about 2")))
                .startsWith("version \"about 2\": \"about 2\" is not a version condition");
        // Without --allow-loopback-http the registry is asked over HTTPS, which this plain server cannot answer.
        Limits quick = new Limits(1 << 20, 1 << 20, 10, Duration.ofSeconds(2));
        assertThat(failure(new ModuleFetcher(cache, true, false, quick).find(server.host() + "/acme/bucket/aws", null)))
                .contains("registry service discovery https://" + server.host() + "/.well-known/terraform.json");
        assertThat(failure(downloading().find("git::https://example.com/x.git", "1.0")))
                .isEqualTo("version applies only to registry sources; pin a git source with ?ref= instead");
        String port = server.host();
        server.close();
        assertThat(failure(downloading().find(port + "/acme/bucket/aws", null))).contains("connection refused or unreachable").doesNotContain("\n");
        assertThat(cache).satisfiesAnyOf(c -> assertThat(c).doesNotExist(), c -> assertThat(listing(c)).isEmpty());
    }

    @Test
    void plainHttpIsRefusedForHostsOffTheLoopbackInterface() {
        assertThat(failure(downloading().find("http://example.com/modules/vpc.zip", null)))
                .isEqualTo("module download http://example.com/modules/vpc.zip uses plain HTTP; Bulwark downloads modules over HTTPS only");
        assertThat(failure(new ModuleFetcher(cache, true, false).find(server.url("/vpc.zip"), null)))
                .contains("uses plain HTTP").contains("--allow-loopback-http");
    }

    @Test
    void archiveEntriesLeavingTheModuleDirectoryAreRefused() {
        server.answer("/slip.tar.gz", LoopbackServer.Answer.bytes(new Archives().file("main.tf", MAIN_TF).file("../../evil.tf", "x").tarGz()));
        server.answer("/slip.zip", LoopbackServer.Answer.bytes(new Archives().file("main.tf", MAIN_TF).file("a/../../evil.tf", "x").zip()));
        server.answer("/abs.zip", LoopbackServer.Answer.bytes(new Archives().file("/tmp/evil.tf", "x").zip()));
        server.answer("/link.tar.gz", LoopbackServer.Answer.bytes(new Archives().symlink("escape", "../../..").file("escape/evil.tf", "x").tarGz()));
        server.answer("/abslink.tar.gz", LoopbackServer.Answer.bytes(new Archives().symlink("etc", "/etc").tarGz()));
        assertThat(failure(downloading().find(server.url("/slip.tar.gz"), null))).contains("\"../../evil.tf\" leads outside the module directory");
        assertThat(failure(downloading().find(server.url("/slip.zip"), null))).contains("\"a/../../evil.tf\" leads outside the module directory");
        assertThat(failure(downloading().find(server.url("/abs.zip"), null))).contains("\"/tmp/evil.tf\" has an absolute path");
        assertThat(failure(downloading().find(server.url("/link.tar.gz"), null))).contains("link \"escape\" points at \"../../..\", outside the module directory");
        assertThat(failure(downloading().find(server.url("/abslink.tar.gz"), null))).contains("link \"etc\" points at \"/etc\", outside");
        assertThat(tmp.resolve("evil.tf")).doesNotExist();
        assertThat(tmp.resolve("repo/evil.tf")).doesNotExist();
        assertThat(tmp.resolve("repo/.bulwark/evil.tf")).doesNotExist();
        assertThat(listing(cache)).as("no partial entry is left").isEmpty();
    }

    @Test
    void archivesBeyondTheLimitsAreRefused() {
        Limits small = new Limits(64 << 10, 256 << 10, 10, Duration.ofSeconds(10));
        server.answer("/bomb.tar.gz", LoopbackServer.Answer.bytes(new Archives().file("big.tf", new byte[1 << 20]).tarGz()));
        Archives many = new Archives();
        for (int i = 0; i < 11; i++) many.file("f" + i + ".tf", "# " + i);
        server.answer("/many.zip", LoopbackServer.Answer.bytes(many.zip()));
        server.answer("/huge.zip", LoopbackServer.Answer.bytes(new byte[100 << 10]));
        ModuleFetcher fetcher = new ModuleFetcher(cache, true, true, small);
        assertThat(new Archives().file("big.tf", new byte[1 << 20]).tarGz().length).isLessThan(64 << 10);
        assertThat(failure(fetcher.find(server.url("/bomb.tar.gz"), null))).contains("unpacks to more than the limit of 256 KiB");
        assertThat(failure(fetcher.find(server.url("/many.zip"), null))).contains("more than 10 entries");
        assertThat(failure(fetcher.find(server.url("/huge.zip"), null))).contains("is larger than the limit of 64 KiB");
        assertThat(listing(cache)).isEmpty();
    }

    private static List<Path> listing(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
