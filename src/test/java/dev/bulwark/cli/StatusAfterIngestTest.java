package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.source.export.ExportFixtures;
import dev.bulwark.model.change.Person;
import dev.bulwark.source.git.TestRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After ingesting exports of live systems, {@code bulwark status} judges the identity, vulnerability,
 * patching and change-approval requirements from them, at a fixed time.
 */
class StatusAfterIngestTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path ledgerDir;
    Path config;

    @BeforeEach
    void setUp() throws Exception {
        EvidenceCommand.clock = CLOCK;
        EvidenceCommand.environment = Map::of;
        ledgerDir = tmp.resolve(".bulwark");
        config = tmp.resolve(".bulwark.yaml");
        Files.writeString(config, """
                roles:
                  catalogue: [admin, developer, support, auditor]
                  iam_users:
                    erin@example.com: erin
                """);
    }

    @AfterEach
    void restore() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--ledger-dir";
        all[args.length + 1] = ledgerDir.toString();
        all[args.length + 2] = "--config";
        all[args.length + 3] = config.toString();
        return CliRunner.run(all);
    }

    private static String fixture(String name) {
        return ExportFixtures.DIR.resolve(name).toString();
    }

    private static String status(JsonNode root, String requirement) {
        for (JsonNode r : root.path("requirements")) {
            if (r.path("id").asText().equals(requirement)) return r.path("status").asText();
        }
        throw new AssertionError("no requirement " + requirement + " in " + root);
    }

    private static JsonNode exportsPart(JsonNode root, String requirement) {
        for (JsonNode r : root.path("requirements")) {
            if (!r.path("id").asText().equals(requirement)) continue;
            for (JsonNode p : r.path("parts")) if (p.path("kind").asText().equals("exports and history")) return p;
        }
        throw new AssertionError("no exports part for " + requirement + " in " + root);
    }

    /** The console line of a requirement's exports and history part. */
    private static String exportsLine(String console, String requirement) {
        String after = console.substring(console.indexOf("  " + requirement + "  "));
        String line = after.lines().filter(l -> l.contains("exports and history:")).findFirst().orElseThrow();
        return line.strip();
    }

    @Test
    void failingVulnerabilitiesAreNamedWithTheirPackagesAndListedInJson() throws Exception {
        assertThat(run("ingest", "trivy", fixture("trivy-api.json")).exitCode()).isZero();

        String console = run("status", tmp.toString()).out();
        assertThat(exportsLine(console, "3.2.4")).isEqualTo("exports and history: 4 failed, 1 unknown, 1 passed (BW-VULN-101): "
                + "CVE-2026-10001 in libssl3, CVE-2026-10002 in libcurl, CVE-2026-20002 in musl and CVE-2025-30001 in express (all on registry.example.com/shop/api:1.8.2)");

        JsonNode items = exportsPart(JSON.readTree(run("status", tmp.toString(), "--format", "json").out()), "3.2.4").path("items");
        assertThat(items).hasSize(4);
        JsonNode first = items.get(0);
        assertThat(first.path("kind").asText()).isEqualTo("vulnerability");
        assertThat(first.path("cve").asText()).isEqualTo("CVE-2026-10001");
        assertThat(first.path("package").asText()).isEqualTo("libssl3");
        assertThat(first.path("version").asText()).isEqualTo("3.3.0-r2");
        assertThat(first.path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(first.path("target").asText()).isEqualTo("registry.example.com/shop/api:1.8.2");
        assertThat(first.path("rule").asText()).isEqualTo("BW-VULN-101");
        assertThat(first.path("status").asText()).isEqualTo("FAIL");
        assertThat(first.path("location").asText()).isEqualTo("trivy-api.json:28");
        assertThat(items.findValuesAsText("status")).containsOnly("FAIL");
    }

    @Test
    void failingUsersAreNamedAndAllListedInJson() throws Exception {
        assertThat(run("ingest", "credential-report", fixture("credential-report.csv")).exitCode()).isZero();
        assertThat(run("ingest", "roster", fixture("roster.csv")).exitCode()).isZero();
        assertThat(run("ingest", "terminations", fixture("terminations.csv")).exitCode()).isZero();

        String console = run("status", tmp.toString()).out();
        assertThat(exportsLine(console, "3.3.4")).isEqualTo("exports and history: 5 failed, 6 passed (BW-IAM-CRED-005, BW-IDP-003): "
                + "bob, old-report, erin@example.com and frank@example.com");
        assertThat(exportsLine(console, "3.3.2")).isEqualTo("exports and history: 1 failed, 4 passed (BW-IDP-002): dave");

        JsonNode items = exportsPart(JSON.readTree(run("status", tmp.toString(), "--format", "json").out()), "3.3.4").path("items");
        assertThat(items).as("one per failing finding, the same user under two rules twice").hasSize(5);
        assertThat(items.get(0).path("kind").asText()).isEqualTo("iam-user");
        assertThat(items.get(0).path("user").asText()).isEqualTo("bob");
        assertThat(items.get(0).path("message").asText()).contains("bob");
        assertThat(items.findValuesAsText("user")).contains("bob", "old-report", "erin@example.com", "frank@example.com");
        assertThat(items.findValuesAsText("kind")).contains("iam-user", "leaver");
    }

    @Test
    void unapprovedCommitsAreNamedWithTheirAuthors() throws Exception {
        Person alice = Person.parse("Alice <alice@example.com>");
        String sha;
        try (TestRepository repo = TestRepository.init(tmp)) {
            sha = repo.write("main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n").commit("direct change", alice, Instant.parse("2026-05-02T10:00:00Z"));
        }
        String shortSha = sha.substring(0, 7);
        String console = run("status", tmp.toString(), "--changes").out();
        assertThat(exportsLine(console, "3.5.1")).isEqualTo("exports and history: 1 failed (BW-GIT-001): " + shortSha + " by Alice");

        JsonNode items = exportsPart(JSON.readTree(run("status", tmp.toString(), "--changes", "--format", "json").out()), "3.5.1").path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("kind").asText()).isEqualTo("commit");
        assertThat(items.get(0).path("commit").asText()).isEqualTo(shortSha);
        assertThat(items.get(0).path("author").asText()).isEqualTo("Alice <alice@example.com>");
        assertThat(items.get(0).path("subject").asText()).isEqualTo("direct change");
        assertThat(items.get(0).path("location").asText()).isEqualTo("main.tf");
    }

    @Test
    void ingestedExportsDecideIdentityVulnerabilityAndPatchingRequirements() throws Exception {
        assertThat(run("ingest", "credential-report", fixture("credential-report.csv")).exitCode()).isZero();
        assertThat(run("ingest", "roster", fixture("roster.csv")).exitCode()).isZero();
        assertThat(run("ingest", "terminations", fixture("terminations.csv")).exitCode()).isZero();
        assertThat(run("ingest", "trivy", fixture("trivy-api.json")).exitCode()).isZero();
        assertThat(run("ingest", "xccdf", fixture("xccdf-results.xml")).exitCode()).isZero();

        CliRunner.Result r = run("status", tmp.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FINDINGS.code);
        JsonNode root = JSON.readTree(r.out());
        assertThat(status(root, "3.3.1")).as("console users and admins without MFA").isEqualTo("FAIL");
        assertThat(status(root, "3.3.4")).as("leaver still active past the SLA").isEqualTo("FAIL");
        assertThat(status(root, "3.2.4")).as("fixable vulnerabilities past their patch SLA").isEqualTo("FAIL");
        assertThat(status(root, "3.2.1")).as("failing host baseline rules").isEqualTo("FAIL");
        assertThat(r.out()).contains("exports and history");

        CliRunner.Result console = run("status", tmp.toString());
        assertThat(console.out()).contains("3.3.1").contains("exports and history:");
    }

    @Test
    void changeHistoryDecidesChangeApproval() throws Exception {
        Person alice = Person.parse("Alice <alice@example.com>");
        Person bob = Person.parse("Bob <bob@example.com>");
        try (TestRepository repo = TestRepository.init(tmp)) {
            repo.write("main.tf", "resource \"aws_s3_bucket\" \"a\" {}\n").commit("add bucket\n\nApproved-by: Bob <bob@example.com>", alice,
                    Instant.parse("2026-05-01T10:00:00Z"));
            repo.write("main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n").commit("direct change", alice, Instant.parse("2026-05-02T10:00:00Z"));
            repo.write("README.md", "docs\n").commit("docs", bob, Instant.parse("2026-05-03T10:00:00Z"));
        }
        CliRunner.Result r = run("status", tmp.toString(), "--changes", "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(status(root, "3.5.1")).as(r.out()).isEqualTo("FAIL");
        assertThat(r.out()).contains("commit ");
    }

    @Test
    void squashMergesWithoutThePullRequestsLeaveChangeApprovalUnknown() throws Exception {
        Person alice = Person.parse("Alice <alice@example.com>");
        try (TestRepository repo = TestRepository.init(tmp)) {
            repo.write("main.tf", "resource \"aws_s3_bucket\" \"a\" {}\n").commit("Add the bucket (#41)", alice, Instant.parse("2026-05-01T10:00:00Z"));
        }
        CliRunner.Result r = run("status", tmp.toString(), "--changes", "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(status(root, "3.5.1")).as(r.out()).isEqualTo("UNKNOWN");
        assertThat(r.err()).doesNotContain("Exception");
        JsonNode items = exportsPart(root, "3.5.1").path("items");
        assertThat(items).as("undecided changes are named when nothing fails").hasSize(1);
        assertThat(items.get(0).path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(items.get(0).path("subject").asText()).isEqualTo("Add the bucket (#41)");
    }
}
