package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.source.export.ExportFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bulwark ingest} end to end on the embedded ledger, at a fixed time. */
class IngestCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path ledgerDir;
    Path config;

    @BeforeEach
    void fixClockAndConfiguration() throws Exception {
        EvidenceCommand.clock = CLOCK;
        EvidenceCommand.environment = Map::of;
        ledgerDir = tmp.resolve(".bulwark");
        config = tmp.resolve("bulwark.yaml");
        Files.writeString(config, """
                settings:
                  termination_sla_hours: 24
                roles:
                  catalogue: [admin, developer, support, auditor]
                  iam_users:
                    erin@example.com: erin
                    FRANK@example.com: frank
                    ivan@example.com: ivan
                """);
    }

    @AfterEach
    void restore() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    CliRunner.Result ingest(String... args) {
        List<String> all = new ArrayList<>(List.of("ingest"));
        all.addAll(List.of(args));
        all.addAll(List.of("--ledger-dir", ledgerDir.toString(), "--config", config.toString(), "--by", "tester"));
        return CliRunner.run(all.toArray(String[]::new));
    }

    static String fixture(String name) {
        return ExportFixtures.DIR.resolve(name).toString();
    }

    List<EvidenceRecord> records() throws Exception {
        try (EvidenceLedger l = EvidenceLedger.open(LedgerSettings.embedded(ledgerDir, CLOCK))) {
            return l.records();
        }
    }

    @Test
    void storesTheFileAndPrintsWhatTheRulesFindInIt() {
        CliRunner.Result r = ingest("lynis", fixture("lynis-report.dat"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(fixture("lynis-report.dat") + ": stored as EV-000001: vulnerability-scan for 3.2.1, 3.2.3 on db-02, "
                + "performed 2026-05-31T03:04:51Z\n"
                + "  FAIL     BW-HOST-001  MEDIUM  lynis-report.dat:14  db-02: 2 warnings: AUTH-9286 Found one or more accounts without an expiry date; "
                + "FIRE-4512 iptables module(s) loaded, but no rules active (Lynis 3.1.4 audit ending 2026-05-31T03:04:51, hardening index 64, 3 suggestions)\n"
                + "1 stored, 0 already ingested; findings: 1 fail, 0 unknown, 0 pass\n");
    }

    @Test
    void theSameFileTwiceIsStoredOnceAndSaysWhere() throws Exception {
        assertThat(ingest("trivy", fixture("trivy-api.json")).exitCode()).isZero();
        CliRunner.Result again = ingest("trivy", fixture("trivy-api.json"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith(fixture("trivy-api.json") + ": already ingested as EV-000001 (vulnerability-scan for 3.2.3, 3.2.4 on "
                        + "registry.example.com/shop/api, performed 2026-05-31T20:10:05Z); nothing stored\n")
                .contains("  UNKNOWN  BW-VULN-101  HIGH  trivy-api.json:124  HIGH CVE-2026-20004 in libexpat")
                .contains("  1 passed (--format json lists them)\n")
                .endsWith("0 stored, 1 already ingested; findings: 4 fail, 1 unknown, 1 pass\n");
        assertThat(records()).hasSize(1);
    }

    @Test
    void oneMalformedFileStoresNothingAtAll() throws Exception {
        Path badRoster = tmp.resolve("roster.tsv");
        Files.writeString(badRoster, ExportFixtures.text("roster.csv").replace(',', '\t'));
        CliRunner.Result r = ingest("roster", fixture("roster.csv"), badRoster.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("bulwark: " + badRoster + ":1: columns are separated by tabs, not commas "
                + "(expected columns user, email, roles, admin, mfa, status, last_login)\nbulwark: nothing was stored\n");
        assertThat(ledgerDir).doesNotExist();

        assertThat(ingest("trivy", fixture("trivy-api.json")).exitCode()).isZero();
        Path schema3 = tmp.resolve("trivy-v3.json");
        Files.writeString(schema3, ExportFixtures.text("trivy-api.json").replace("\"SchemaVersion\": 2", "\"SchemaVersion\": 3"));
        Path other = tmp.resolve("trivy-other.json");
        Files.writeString(other, ExportFixtures.text("trivy-api.json").replace("shop/api:1.8.2", "shop/api:1.8.3"));
        CliRunner.Result mixed = ingest("trivy", other.toString(), schema3.toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains(schema3 + ":2: unsupported Trivy SchemaVersion 3").doesNotContain(other.toString());
        assertThat(records()).hasSize(1);
    }

    @Test
    void jsonCarriesTheRecordAndEveryFinding() throws Exception {
        assertThat(ingest("credential-report", fixture("credential-report.csv")).exitCode()).isZero();
        assertThat(ingest("roster", fixture("roster.csv"), "--format", "json").exitCode()).isZero();
        CliRunner.Result r = ingest("terminations", fixture("terminations.csv"), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("kind").asText()).isEqualTo("terminations");
        JsonNode file = root.path("files").get(0);
        assertThat(file.path("name").asText()).isEqualTo("terminations.csv");
        assertThat(file.path("alreadyIngested").asBoolean()).isFalse();
        assertThat(file.path("sha256").asText()).hasSize(64);
        assertThat(file.path("evidence").path("id").asText()).isEqualTo("EV-000003");
        assertThat(file.path("evidence").path("kind").asText()).isEqualTo("other");
        assertThat(file.path("evidence").path("system").asText()).isEqualTo("all");
        assertThat(file.path("evidence").path("performedAt").asText()).isEqualTo("2026-06-01T08:00Z");
        assertThat(file.path("evidence").path("performedBy").asText()).isEqualTo("tester");
        List<String> findings = new ArrayList<>();
        for (JsonNode f : file.path("findings")) {
            findings.add(f.path("status").asText() + " " + f.path("rule").asText() + " " + f.path("resource").path("address").asText() + " "
                    + f.path("resource").path("type").asText() + " " + f.path("location").path("file").asText() + ":" + f.path("location").path("line").asInt()
                    + " " + f.path("requirements"));
        }
        // Judged with the roster and credential report ingested before, as the roles configuration maps them.
        assertThat(findings).containsExactly(
                "FAIL BW-IDP-003 leaver:erin@example.com export:terminations terminations.csv:2 [\"3.3.4\"]",
                "FAIL BW-IDP-003 leaver:erin@example.com export:terminations terminations.csv:2 [\"3.3.4\"]",
                "FAIL BW-IDP-003 leaver:frank@example.com export:terminations terminations.csv:3 [\"3.3.4\"]",
                "PASS BW-IDP-003 leaver:frank@example.com export:terminations terminations.csv:3 [\"3.3.4\"]",
                "PASS BW-IDP-003 leaver:grace@example.com export:terminations terminations.csv:4 [\"3.3.4\"]",
                "PASS BW-IDP-003 leaver:ivan@example.com export:terminations terminations.csv:5 [\"3.3.4\"]",
                "PASS BW-IDP-003 leaver:judy@example.com export:terminations terminations.csv:6 [\"3.3.4\"]");
        assertThat(file.path("findings").get(1).path("message").asText()).contains("IAM user erin (credential-report.csv:7) still has console password");
        assertThat(root.path("summary").toString()).isEqualTo("{\"stored\":1,\"alreadyIngested\":0,\"fail\":3,\"unknown\":0,\"pass\":4}");
    }

    @Test
    void theSystemAndDateCanBeGiven() throws Exception {
        CliRunner.Result r = ingest("roster", fixture("roster.csv"), "--system", "okta", "--performed-at", "2026-06-01T09:00:00Z");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(fixture("roster.csv") + ": stored as EV-000001: other for 3.3.1, 3.3.2, 3.3.4 on okta, performed 2026-06-01T09:00Z\n");
        assertThat(records().get(0).notes()).isEqualTo("bulwark ingest roster\nidentity roster: 8 accounts, 5 able to sign in");
    }

    @Test
    void usageAndConfigurationErrorsExitTwo() throws Exception {
        CliRunner.Result unknown = ingest("nessus", fixture("trivy-api.json"));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown export kind 'nessus' (use one of: credential-report, roster, terminations, trivy, grype, xccdf, lynis)");

        Files.writeString(config, "roles:\n  catalogue: admin\n");
        CliRunner.Result badRoles = ingest("roster", fixture("roster.csv"));
        assertThat(badRoles.exitCode()).isEqualTo(2);
        assertThat(badRoles.err()).isEqualTo("bulwark: " + config + ":2:14: roles.catalogue must be a list of role names, like [admin, developer]\n");

        Files.writeString(config, "rolez: {}\n");
        assertThat(ingest("roster", fixture("roster.csv")).err()).contains(config + ":1:1: rolez: unknown section (the sections are fail_on, skip, settings, suppressions, modules, kubernetes, systems, cadences, documents, roles, changes, database)");

        Files.writeString(config, "skip: [BW-NOPE-001]\n");
        assertThat(ingest("roster", fixture("roster.csv")).err()).contains("skip in " + config + ": no rule has the id BW-NOPE-001");
        assertThat(ledgerDir).doesNotExist();
    }

    @Test
    void skippedRulesDoNotJudge() throws Exception {
        Files.writeString(config, "skip: [BW-IDP-002]\n");
        CliRunner.Result r = ingest("roster", fixture("roster.csv"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("BW-IDP-001").doesNotContain("BW-IDP-002").endsWith("findings: 1 fail, 0 unknown, 1 pass\n");
    }
}
