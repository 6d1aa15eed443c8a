package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.source.export.ExportFixtures;
import dev.bulwark.source.git.Person;
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
    }
}
