package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.engine.SecretHistoryOperation;
import dev.bulwark.finding.Finding;
import dev.bulwark.report.ReportFormats;
import dev.bulwark.secret.Fingerprint;
import dev.bulwark.model.change.Person;
import dev.bulwark.source.git.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsHistoryCommandTest {
    private static final Person ANA = new Person("Ana Author", "ana@example.com");
    private static final Person BO = new Person("Bo Builder", "bo@example.com");
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A generated key pair in AWS's shape (never a real one): the id and its secret access key. */
    record KeyPair(String id, String secret) {
        static KeyPair generate(long seed) {
            Random r = new Random(seed);
            String base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            String base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            StringBuilder id = new StringBuilder("AKIA");
            for (int i = 0; i < 16; i++) id.append(base32.charAt(r.nextInt(base32.length())));
            StringBuilder secret = new StringBuilder("Q7");  // upper case and a digit, whatever follows
            for (int i = 0; i < 38; i++) secret.append(base64.charAt(r.nextInt(base64.length())));
            return new KeyPair(id.toString(), secret.toString());
        }

        String providerBlock() {
            return "provider \"aws\" {\n  region     = \"eu-west-1\"\n  access_key = \"" + id + "\"\n  secret_key = \"" + secret + "\"\n}\n";
        }
    }

    private static Instant day(int n) {
        return T0.plusSeconds(86_400L * n);
    }

    private static JsonNode json(CliRunner.Result r) throws Exception {
        return JSON.readTree(r.out());
    }

    private static String shortSha(String sha) {
        return sha.substring(0, 7);
    }

    @Test
    void aKeyCommittedThenRemovedNamesTheCommitThatAddedItAndSaysItIsGoneFromTheTree() throws Exception {
        KeyPair key = KeyPair.generate(1);
        String added;
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("README.md", "# infra\n").commit("start", BO, day(0));
            added = r.write("infra/provider.tf", "# provider\n\n" + key.providerBlock()).commit("add provider", ANA, day(1));
            r.write("README.md", "# infra, edited\n").commit("edit readme", BO, day(2));
            r.write("infra/provider.tf", "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n").commit("use a role", BO, day(3));
        }
        CliRunner.Result r = CliRunner.run("secrets", "--history", tmp.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("history of refs/heads/main: 4 commits");
        JsonNode findings = json(r).get("findings");
        assertThat(findings).hasSize(1);
        JsonNode f = findings.get(0);
        assertThat(f.get("rule").asText()).isEqualTo("BW-SECRET-001");
        assertThat(f.get("status").asText()).isEqualTo("FAIL");
        assertThat(f.get("location").get("file").asText()).endsWith("infra/provider.tf");
        assertThat(f.get("location").get("startLine").asInt()).isEqualTo(5);
        assertThat(f.get("message").asText())
                .contains("first committed in " + shortSha(added) + " by Ana Author <ana@example.com> on 2026-01-06 (infra/provider.tf line 5)")
                .contains("no longer in the working tree")
                .contains("a secret in history stays exposed until it is rotated")
                .contains("AKIA…(20 chars)");

        Finding finding = SecretHistoryOperation.run(tmp, null, tmp).scan().findings().get(0);
        assertThat(finding.item().kind()).isEqualTo("commit");
        assertThat(finding.item().id()).isEqualTo(shortSha(added));
        assertThat(finding.item().detail()).containsEntry("commit", added).containsEntry("author", "Ana Author <ana@example.com>")
                .containsEntry("committed", "2026-01-06T10:00:00Z").containsEntry("path", "infra/provider.tf").containsEntry("line", "5")
                .containsEntry("inWorkingTree", "no");
        assertThat(finding.location().file()).isEqualTo("infra/provider.tf");
    }

    @Test
    void aRotatedSecretIsAcceptedByItsFingerprintInTheConfigurationFile() throws Exception {
        KeyPair key = KeyPair.generate(4);
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("infra/provider.tf", key.providerBlock()).commit("add provider", ANA, day(0));
            r.write("infra/provider.tf", "provider \"aws\" {}\n").commit("use a role", BO, day(1));
        }
        String fingerprint = SecretHistoryOperation.run(tmp, null, tmp).scan().findings().get(0).item().detail().get("fingerprint");
        Path config = Files.writeString(tmp.resolve("bulwark-history.yaml"), "suppressions:\n"
                + "  - rule: BW-SECRET-001\n    fingerprint: " + fingerprint + "\n    reason: rotated on 2026-01-07, key deleted\n");

        CliRunner.Result r = CliRunner.run("secrets", "--history", tmp.toString(), "--config", config.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        JsonNode f = json(r).get("findings").get(0);
        assertThat(f.get("suppression").get("reason").asText()).isEqualTo("rotated on 2026-01-07, key deleted");

        Files.writeString(config, "suppressions:\n  - rule: BW-SECRET-001\n    fingerprint: 0123456789abcdef\n    reason: another key\n");
        assertThat(CliRunner.run("secrets", "--history", tmp.toString(), "--config", config.toString()).exitCode())
                .as("a suppression naming another secret's fingerprint leaves this one failing").isEqualTo(1);
    }

    @Test
    void aSecretStillInTheFilesSaysWhere() throws Exception {
        KeyPair key = KeyPair.generate(2);
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("main.tf", key.providerBlock()).commit("add provider", ANA, day(0));
            r.write("copy/main.tf", key.providerBlock()).commit("copy it", BO, day(1));
        }
        Finding f = SecretHistoryOperation.run(tmp, null, tmp).scan().findings().get(0);
        assertThat(f.message()).contains("It is still in the working tree (copy/main.tf, main.tf)")
                .contains("a secret in history stays exposed until it is rotated, even once removed");
        assertThat(f.item().detail()).containsEntry("inWorkingTree", "yes").containsEntry("paths", "main.tf, copy/main.tf");
        assertThat(f.related()).singleElement().satisfies(rel -> assertThat(rel.message()).startsWith("also committed at copy/main.tf in "));
    }

    @Test
    void aSecretInTheCheckedOutCommitButDeletedFromDiskIsStillPresent() throws Exception {
        KeyPair key = KeyPair.generate(3);
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("main.tf", key.providerBlock()).commit("add provider", ANA, day(0));
        }
        Files.delete(tmp.resolve("main.tf"));  // not committed: HEAD still has it
        Finding f = SecretHistoryOperation.run(tmp, null, tmp).scan().findings().get(0);
        assertThat(f.message()).contains("still in the working tree (HEAD:main.tf)");
    }

    @Test
    void everyBranchIsSearchedNotOnlyTheCheckedOutOne() throws Exception {
        KeyPair key = KeyPair.generate(4);
        String onFeature;
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("main.tf", "# nothing\n").commit("start", ANA, day(0));
            onFeature = r.branch("feature").write("feature.tf", key.providerBlock()).commit("try a key", BO, day(1));
            r.checkout("main").write("main.tf", "# still nothing\n").commit("main moves on", ANA, day(2));
        }
        CliRunner.Result r = CliRunner.run("secrets", "--history", tmp.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("history of refs/heads/feature, refs/heads/main: 3 commits");
        JsonNode f = json(r).get("findings").get(0);
        assertThat(f.get("message").asText()).contains("first committed in " + shortSha(onFeature) + " by Bo Builder")
                .contains("no longer in the working tree");
    }

    @Test
    void sinceLeavesOutOlderCommits() throws Exception {
        KeyPair old = KeyPair.generate(5);
        KeyPair recent = KeyPair.generate(6);
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("old.tf", old.providerBlock()).commit("old key", ANA, day(0));
            r.delete("old.tf").commit("drop old key", ANA, day(1));
            r.write("new.tf", recent.providerBlock()).commit("new key", ANA, day(10));
        }
        CliRunner.Result all = CliRunner.run("secrets", "--history", tmp.toString(), "--format", "json");
        assertThat(json(all).get("findings")).hasSize(2);
        CliRunner.Result since = CliRunner.run("secrets", "--history", tmp.toString(), "--since", "2026-01-10", "--format", "json");
        assertThat(since.exitCode()).as(since.err()).isEqualTo(1);
        assertThat(since.err()).contains("history since 2026-01-10T00:00:00Z of refs/heads/main: 1 commits");
        JsonNode findings = json(since).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("location").get("file").asText()).endsWith("new.tf");
        CliRunner.Result none = CliRunner.run("secrets", "--history", tmp.toString(), "--since", "2026-02-01T00:00:00Z");
        assertThat(none.exitCode()).as(none.err()).isEqualTo(0);
        assertThat(none.out()).contains("0 failed");
    }

    @Test
    void theSameBlobInManyCommitsIsReadOnceAndReportedAsOneSecret() throws Exception {
        KeyPair key = KeyPair.generate(7);
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("keys.tf", key.providerBlock()).commit("add", ANA, day(0));
            for (int i = 1; i <= 10; i++) {
                if (i % 2 == 1) r.delete("keys.tf");
                else r.write("keys.tf", key.providerBlock());
                r.write("other.tf", "# revision " + i + "\n").commit("toggle " + i, ANA, day(i));
            }
            r.write("moved/keys.tf", key.providerBlock()).commit("copy", BO, day(11));
        }
        SecretHistoryOperation.Result result = SecretHistoryOperation.run(tmp, null, tmp);
        // one blob holds the key; the others are the ten revisions of other.tf
        assertThat(result.coverage().read()).isEqualTo(11);
        assertThat(result.coverage().commits()).isEqualTo(12);
        assertThat(result.scan().findings()).singleElement().satisfies(f -> {
            assertThat(f.item().detail()).containsEntry("occurrences", "7").containsEntry("paths", "keys.tf, moved/keys.tf");
            assertThat(f.message()).contains("committed 7 times at 2 paths");
        });
    }

    @Test
    void noOutputFormatContainsTheSecret() throws Exception {
        KeyPair key = KeyPair.generate(8);
        try (TestRepository r = TestRepository.init(tmp.resolve("repo"))) {
            r.write("main.tf", key.providerBlock()).commit("add provider " + key.id(), ANA, day(0));
            r.delete("main.tf").commit("remove", ANA, day(1));
        }
        Path out = tmp.resolve("reports");
        List<String> args = new java.util.ArrayList<>(List.of("secrets", "--history", tmp.resolve("repo").toString(), "--output-dir", out.toString()));
        for (String format : ReportFormats.SCAN.names()) args.addAll(List.of("--format", format));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        List<Path> reports;
        try (Stream<Path> s = Files.list(out)) {
            reports = s.toList();
        }
        assertThat(reports).hasSize(ReportFormats.SCAN.names().size() - 1);  // the console report goes to the screen
        assertThat(r.out()).contains(key.id().substring(0, 4) + "…(20 chars), fingerprint " + Fingerprint.of(key.id()));
        for (Path p : reports) {
            String text = Files.readString(p);
            assertThat(text).as(p.toString()).contains(Fingerprint.of(key.id())).doesNotContain(key.id()).doesNotContain(key.secret());
        }
        for (String text : List.of(r.out(), r.err())) assertThat(text).doesNotContain(key.id()).doesNotContain(key.secret());
    }

    @Test
    void theRepositoryIsLeftByteForByteAsItWas() throws Exception {
        KeyPair key = KeyPair.generate(9);
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("main.tf", key.providerBlock()).commit("add provider", ANA, day(0));
            r.write("other.tf", "# x\n").commit("more", ANA, day(1));
        }
        Files.writeString(tmp.resolve("main.tf"), "# edited, not committed\n");  // the index is now stale against the file
        Map<String, String> before = snapshot(tmp);
        CliRunner.Result r = CliRunner.run("secrets", "--history", tmp.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(snapshot(tmp)).isEqualTo(before);
    }

    /** Every file under {@code dir}: its content's hash and modification time, by path. */
    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String key = dir.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    out.put(key + "/", "");
                } else {
                    byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                    out.put(key, HexFormat.of().formatHex(hash) + " " + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return out;
    }

    @Test
    void aDirectoryOutsideAnyRepositoryIsAnInputError() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        CliRunner.Result r = CliRunner.run("secrets", "--history", plain.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(plain + ": not a git repository").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadSinceDateIsAUsageError() throws Exception {
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("a.tf", "# a\n").commit("a", ANA, day(0));
        }
        CliRunner.Result r = CliRunner.run("secrets", "--history", tmp.toString(), "--since", "last tuesday");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--since must be a date like 2026-03-01 or a time like 2026-03-01T09:00:00Z, got 'last tuesday'")
                .doesNotContain("Exception");
    }

    @Test
    void withoutHistoryTheCurrentFilesAreScannedForSecretsAlone() throws Exception {
        KeyPair key = KeyPair.generate(10);
        Files.writeString(tmp.resolve("main.tf"), key.providerBlock()
                + "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n");
        CliRunner.Result r = CliRunner.run("secrets", tmp.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode findings = json(r).get("findings");
        assertThat(findings).isNotEmpty();
        for (JsonNode f : findings) assertThat(f.get("rule").asText()).startsWith("BW-SECRET-");
        assertThat(findings.findValuesAsText("rule")).contains("BW-SECRET-001");
        assertThat(r.out()).doesNotContain(key.id()).doesNotContain(key.secret());
    }

    @Test
    void sinceWithoutHistoryIsAUsageError() {
        CliRunner.Result r = CliRunner.run("secrets", tmp.toString(), "--since", "2026-01-01");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--since limits the commits looked through: it needs --history");
    }
}
