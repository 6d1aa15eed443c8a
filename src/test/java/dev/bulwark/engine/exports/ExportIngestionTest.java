package dev.bulwark.engine.exports;

import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.evidence.Sha256;
import dev.bulwark.finding.Finding;
import dev.bulwark.source.export.ExportFixtures;
import dev.bulwark.model.export.ExportKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * Exports ingested into an embedded ledger and judged back out of it at a fixed time: what each
 * record says, which export is the latest, first sightings from earlier scans, related exports by
 * system, duplicates, and exports that can no longer be read.
 */
class ExportIngestionTest {
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final RolesConfig ROLES = new RolesConfig(List.of("admin", "developer", "support", "auditor"),
            Map.of("erin@example.com", "erin", "FRANK@example.com", "frank", "ivan@example.com", "ivan"), ".bulwark.yaml");
    static final String API = "registry.example.com/shop/api:1.8.2";
    static final String WORKER = "registry.example.com/shop/worker:2.0.0";

    @TempDir
    Path tmp;
    EvidenceLedger ledger;

    @BeforeEach
    void open() throws Exception {
        ledger = EvidenceLedger.open(LedgerSettings.embedded(tmp.resolve(".bulwark"), CLOCK));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    static Path fixture(String name) {
        return ExportFixtures.DIR.resolve(name);
    }

    List<IngestResult> ingest(ExportKind kind, String system, Path... files) throws Exception {
        IngestRequest request = new IngestRequest(kind, List.of(files), system, null, "tester");
        return ExportIngester.store(ledger, request, ExportIngester.prepare(request, NOW));
    }

    EvidenceRecord ingestOne(ExportKind kind, Path file) throws Exception {
        List<IngestResult> r = ingest(kind, null, file);
        assertThat(r).hasSize(1);
        assertThat(r.get(0).alreadyIngested()).isFalse();
        return r.get(0).record();
    }

    void ingestEveryFixture() throws Exception {
        ingestOne(ExportKind.CREDENTIAL_REPORT, fixture("credential-report.csv"));
        ingestOne(ExportKind.ROSTER, fixture("roster.csv"));
        ingestOne(ExportKind.TERMINATIONS, fixture("terminations.csv"));
        ingestOne(ExportKind.TRIVY, fixture("trivy-api.json"));
        ingestOne(ExportKind.GRYPE, fixture("grype-worker.json"));
        ingestOne(ExportKind.XCCDF, fixture("xccdf-results.xml"));
        ingestOne(ExportKind.LYNIS, fixture("lynis-report.dat"));
    }

    static List<String> lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.status() + " " + f.rule().id() + " " + f.resourceAddress() + " @" + f.location().file() + ":" + f.location().startLine()
                    + " " + f.message());
        }
        return out;
    }

    List<String> latest(String resourceType) throws Exception {
        return lines(ExportFindings.latest(ledger, Map.of(), CLOCK, ROLES).stream().filter(f -> f.resourceType().equals(resourceType)).toList());
    }

    @Test
    void eachExportIsStoredAsEvidenceDatedByItsOwnTime() throws Exception {
        ingestEveryFixture();
        List<String> records = new ArrayList<>();
        for (EvidenceRecord r : ledger.records()) {
            records.add(r.id() + " " + r.kind().slug() + " " + r.requirements() + " " + r.system() + " " + r.performedAt().text() + " "
                    + r.performedBy() + " " + r.attachments().get(0).name() + " | " + r.notes().replace('\n', '|'));
        }
        assertThat(records).containsExactly(
                "EV-000001 other [3.3.1, 3.3.4, 3.4.4] all 2026-05-31T23:10Z tester credential-report.csv"
                        + " | bulwark ingest credential-report|IAM credential report of account 111122223333: 7 users, the root user included",
                "EV-000002 other [3.3.1, 3.3.2, 3.3.4] all 2026-06-01T07:30Z tester roster.csv"
                        + " | bulwark ingest roster|identity roster: 8 accounts, 5 able to sign in",
                "EV-000003 other [3.3.4] all 2026-06-01T08:00Z tester terminations.csv | bulwark ingest terminations|leavers list: 5 leavers",
                "EV-000004 vulnerability-scan [3.2.3, 3.2.4] registry.example.com/shop/api 2026-05-31T20:10:05Z tester trivy-api.json"
                        + " | bulwark ingest trivy|target: " + API + "|tracked as: registry.example.com/shop/api|trivy 0.61.0 scan of " + API + " (container_image) at 2026-05-31T20:10:05.482913057Z:"
                        + " 12 vulnerabilities, 8 with a published fix",
                "EV-000005 vulnerability-scan [3.2.3, 3.2.4] registry.example.com/shop/worker 2026-05-30T06:00Z tester grype-worker.json"
                        + " | bulwark ingest grype|target: " + WORKER + "|tracked as: registry.example.com/shop/worker|grype 0.92.2 scan of " + WORKER + " (image) at 2026-05-30T06:00:00.512837Z:"
                        + " 8 vulnerabilities, 4 with a published fix",
                "EV-000006 vulnerability-scan [3.2.1, 3.2.3] web-01.prod.example.com 2026-05-30T02:03:41Z tester xccdf-results.xml"
                        + " | bulwark ingest xccdf|target: web-01.prod.example.com|XCCDF results for web-01.prod.example.com (profile xccdf_org.ssgproject.content_profile_cis_server_l1)"
                        + " at 2026-05-30T02:03:41Z: 6 rule results, 2 failing",
                "EV-000007 vulnerability-scan [3.2.1, 3.2.3] db-02 2026-05-31T03:04:51Z tester lynis-report.dat"
                        + " | bulwark ingest lynis|target: db-02|Lynis 3.1.4 audit of db-02 ending 2026-05-31T03:04:51: 2 warnings, 3 suggestions, hardening index 64");
        // What was parsed is what was stored, byte for byte.
        EvidenceRecord trivy = ledger.record("EV-000004").orElseThrow();
        assertThat(ledger.attachmentContent(trivy.attachments().get(0))).isEqualTo(ExportFixtures.bytes("trivy-api.json"));
        assertThat(trivy.attachments().get(0).sha256()).isEqualTo(Sha256.hex(ExportFixtures.bytes("trivy-api.json")));
        assertThat(ledger.verify().ok()).isTrue();
    }

    @Test
    void identityExportsAreJudgedTogetherWithTheRolesConfiguration() throws Exception {
        ingestEveryFixture();
        assertThat(latest("export:credential-report")).containsExactly(
                "PASS BW-IAM-CRED-001 iam-user:alice @credential-report.csv:3 IAM user alice has a console password and an MFA device (mfa_active true)",
                "FAIL BW-IAM-CRED-001 iam-user:bob @credential-report.csv:4 IAM user bob can sign in to the console with a password (last used no_information) without MFA (mfa_active false)",
                "PASS BW-IAM-CRED-001 iam-user:erin @credential-report.csv:7 IAM user erin has a console password and an MFA device (mfa_active true)",
                "FAIL BW-IAM-CRED-002 iam-user:<root_account> @credential-report.csv:2 the root user (arn:aws:iam::111122223333:root) has no MFA device (mfa_active false)",
                "FAIL BW-IAM-CRED-003 iam-user:<root_account> @credential-report.csv:2 the root user has access key 1 (active, last rotated 2025-09-01, last used 2026-05-30 in us-east-1 for s3)",
                "FAIL BW-IAM-CRED-004 iam-user:<root_account> @credential-report.csv:2 access key 1 of <root_account> was last rotated on 2025-09-01, 273 days ago (limit 90 days)",
                "PASS BW-IAM-CRED-004 iam-user:alice @credential-report.csv:3 access key 1 of alice was last rotated on 2026-04-10, 52 days ago (limit 90 days)",
                "FAIL BW-IAM-CRED-004 iam-user:ci-deploy @credential-report.csv:5 access key 1 of ci-deploy was last rotated on 2025-11-15, 198 days ago (limit 90 days)",
                "PASS BW-IAM-CRED-004 iam-user:ci-deploy @credential-report.csv:5 access key 2 of ci-deploy was last rotated on 2026-05-01, 31 days ago (limit 90 days)",
                "FAIL BW-IAM-CRED-004 iam-user:old-report @credential-report.csv:6 access key 1 of old-report was last rotated on 2025-10-01, 243 days ago (limit 90 days)",
                "PASS BW-IAM-CRED-004 iam-user:erin @credential-report.csv:7 access key 1 of erin was last rotated on 2026-04-01, 61 days ago (limit 90 days)",
                "PASS BW-IAM-CRED-005 iam-user:alice @credential-report.csv:3 IAM user alice: console password last used 2026-05-31, 0 days ago; access key 1 last used 2026-05-31, 0 days ago (limit 90 days)",
                "FAIL BW-IAM-CRED-005 iam-user:bob @credential-report.csv:4 IAM user bob: console password never used (no_information) since it was set on 2025-12-01, 182 days ago (limit 90 days)",
                "PASS BW-IAM-CRED-005 iam-user:ci-deploy @credential-report.csv:5 IAM user ci-deploy: access key 1 last used 2026-05-31, 0 days ago; access key 2 never used (N/A) since it was set on 2026-05-01, 31 days ago (limit 90 days)",
                "FAIL BW-IAM-CRED-005 iam-user:old-report @credential-report.csv:6 IAM user old-report: access key 1 last used 2026-01-15, 137 days ago (limit 90 days)",
                "PASS BW-IAM-CRED-005 iam-user:erin @credential-report.csv:7 IAM user erin: console password last used 2026-05-30, 2 days ago; access key 1 last used 2026-05-29, 2 days ago (limit 90 days)");
        assertThat(latest("export:roster")).containsExactly(
                "PASS BW-IDP-001 idp-account:alice @roster.csv:2 administrator alice (alice@example.com, active, roles admin, developer) has MFA",
                "FAIL BW-IDP-001 idp-account:carol @roster.csv:3 administrator carol (carol@example.com, active, roles admin) has no MFA (mfa false)",
                "PASS BW-IDP-002 idp-account:alice @roster.csv:2 alice holds only catalogue roles: admin, developer",
                "PASS BW-IDP-002 idp-account:carol @roster.csv:3 carol holds only catalogue roles: admin",
                "FAIL BW-IDP-002 idp-account:dave @roster.csv:4 dave holds a role outside the role catalogue: break-glass",
                "PASS BW-IDP-002 idp-account:erin @roster.csv:5 erin holds only catalogue roles: developer",
                "PASS BW-IDP-002 idp-account:judy @roster.csv:9 judy holds only catalogue roles: developer");
        // The leavers list is judged against the roster and the credential report filed under the same system.
        assertThat(latest("export:terminations")).containsExactly(
                "FAIL BW-IDP-003 leaver:erin@example.com @terminations.csv:2 leaver erin@example.com (terminated 2026-05-28T17:00:00Z): "
                        + "roster account erin (roster.csv:5) is still active 91 hours after termination, 67 hours past the 24-hour SLA; "
                        + "roster account erin (roster.csv:5) signed in at 2026-05-29T18:00:00Z, 1 hour after the revocation deadline",
                "FAIL BW-IDP-003 leaver:erin@example.com @terminations.csv:2 leaver erin@example.com (terminated 2026-05-28T17:00:00Z): "
                        + "IAM user erin (credential-report.csv:7) still has console password, access key 1 enabled 91 hours after termination, 67 hours past the 24-hour SLA; "
                        + "IAM user erin (credential-report.csv:7): console password used at 2026-05-30T09:00:00Z, 16 hours after the revocation deadline; "
                        + "IAM user erin (credential-report.csv:7): access key 1 used at 2026-05-29T20:00:00Z, 3 hours after the revocation deadline",
                "FAIL BW-IDP-003 leaver:frank@example.com @terminations.csv:3 leaver frank@example.com (terminated 2026-05-15T17:00:00Z): "
                        + "roster account frank (roster.csv:6) was suspended at 2026-05-20T09:00:00Z, 88 hours past the 24-hour SLA",
                "PASS BW-IDP-003 leaver:frank@example.com @terminations.csv:3 leaver frank@example.com (terminated 2026-05-15T17:00:00Z): "
                        + "IAM user frank (credential-report.csv:8) has no enabled credentials and none was used after the deadline",
                "PASS BW-IDP-003 leaver:grace@example.com @terminations.csv:4 leaver grace@example.com (terminated 2026-03-31T00:00:00Z): "
                        + "roster account grace (roster.csv:7) was deprovisioned at 2026-04-01T00:00:00Z, within the 24-hour SLA; last sign-in 2026-01-10T10:00:00Z",
                "PASS BW-IDP-003 leaver:ivan@example.com @terminations.csv:5 leaver ivan@example.com (terminated 2026-05-31T09:00:00Z): "
                        + "no account in roster.csv; IAM user ivan is not in credential-report.csv",
                "PASS BW-IDP-003 leaver:judy@example.com @terminations.csv:6 leaver judy@example.com (terminated 2026-06-01T08:00:00Z): "
                        + "roster account judy (roster.csv:9) is still active, within the 24-hour SLA (deadline 2026-06-02T08:00:00Z); last sign-in 2026-06-01T07:30:00Z");
    }

    @Test
    void scansWithoutAnEarlierScanCountFromPublicationOrAreUnknown() throws Exception {
        ingestEveryFixture();
        assertThat(latest("export:trivy")).containsExactly(
                "FAIL BW-VULN-101 target:" + API + " @trivy-api.json:28 CRITICAL CVE-2026-10001 in libssl3 3.3.0-r2, fixed in 3.3.1-r0: open 30 days, "
                        + "counted from the advisory's publication on 2026-05-01 (no earlier scan of " + API + " recorded); the patch SLA for CRITICAL is 15 days",
                "FAIL BW-VULN-101 target:" + API + " @trivy-api.json:71 CRITICAL CVE-2026-10002 in libcurl 8.11.0-r1, fixed in 8.12.1-r0: open 142 days, "
                        + "counted from the advisory's publication on 2026-01-10 (no earlier scan of " + API + " recorded); the patch SLA for CRITICAL is 15 days",
                "FAIL BW-VULN-101 target:" + API + " @trivy-api.json:105 HIGH CVE-2026-20002 in musl 1.2.5-r9, fixed in 1.2.5-r10: open 42 days, "
                        + "counted from the advisory's publication on 2026-04-20 (no earlier scan of " + API + " recorded); the patch SLA for HIGH is 30 days",
                "UNKNOWN BW-VULN-101 target:" + API + " @trivy-api.json:124 HIGH CVE-2026-20004 in libexpat 2.6.4-r0, fixed in 2.7.0-r0: its age is unknown: "
                        + "no earlier scan of " + API + " is recorded and the trivy report gives no publication date",
                "FAIL BW-VULN-101 target:" + API + " @trivy-api.json:168 MEDIUM CVE-2025-30001 in express 4.21.1 (app/package-lock.json), fixed in 4.21.2, 5.0.1: open 136 days, "
                        + "counted from the advisory's publication on 2026-01-15 (no earlier scan of " + API + " recorded); the patch SLA for MEDIUM is 90 days",
                "PASS BW-VULN-101 target:" + API + " @trivy-api.json:9 " + API + ": 1 fixable vulnerability within the patch SLA, 4 vulnerabilities without a published fix, "
                        + "2 fixable vulnerabilities of a severity without a patch SLA (low, negligible, unknown)");
        assertThat(latest("export:grype")).containsExactly(
                "UNKNOWN BW-VULN-101 target:" + WORKER + " @grype-worker.json:3 CRITICAL CVE-2026-11001 in libssl3 3.0.15-1~deb12u1 (/var/lib/dpkg/status.d/libssl3), "
                        + "fixed in 3.0.16-1~deb12u1: its age is unknown: no earlier scan of " + WORKER + " is recorded and the grype report gives no publication date",
                "UNKNOWN BW-VULN-101 target:" + WORKER + " @grype-worker.json:112 HIGH CVE-2026-21001 in libcurl4 7.88.1-10+deb12u8 (/var/lib/dpkg/status.d/libcurl4), "
                        + "fixed in 7.88.1-10+deb12u12: its age is unknown: no earlier scan of " + WORKER + " is recorded and the grype report gives no publication date",
                "UNKNOWN BW-VULN-101 target:" + WORKER + " @grype-worker.json:154 MEDIUM GHSA-8r3f-2w6q-xv4m in requests 2.32.3 "
                        + "(/usr/local/lib/python3.12/site-packages/requests-2.32.3.dist-info/METADATA), fixed in 2.32.4: its age is unknown: "
                        + "no earlier scan of " + WORKER + " is recorded and the grype report gives no publication date",
                "PASS BW-VULN-101 target:" + WORKER + " @grype-worker.json:233 " + WORKER + ": 0 fixable vulnerabilities within the patch SLA, 4 vulnerabilities without a published fix, "
                        + "1 fixable vulnerability of a severity without a patch SLA (low, negligible, unknown)");
        assertThat(latest("export:xccdf")).containsExactly(
                "FAIL BW-HOST-001 host:web-01.prod.example.com @xccdf-results.xml:34 web-01.prod.example.com (profile xccdf_org.ssgproject.content_profile_cis_server_l1): "
                        + "2 of 4 checked rules fail: xccdf_org.ssgproject.content_rule_service_auditd_enabled (high, \"Enable auditd Service\"), "
                        + "xccdf_org.ssgproject.content_rule_sshd_disable_root_login (medium, \"Disable SSH Root Login\"); 1 could not be checked; score 61.25 of 100");
        assertThat(latest("export:lynis")).containsExactly(
                "FAIL BW-HOST-001 host:db-02 @lynis-report.dat:14 db-02: 2 warnings: AUTH-9286 Found one or more accounts without an expiry date; "
                        + "FIRE-4512 iptables module(s) loaded, but no rules active (Lynis 3.1.4 audit ending 2026-05-31T03:04:51, hardening index 64, 3 suggestions)");
    }

    /** The Trivy fixture as an earlier scan: made on {@code createdAt}, without the zlib vulnerability (not yet found then). */
    Path earlierTrivyScan(String createdAt) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = (ObjectNode) json.readTree(ExportFixtures.bytes("trivy-api.json"));
        report.put("CreatedAt", createdAt);
        ArrayNode vulnerabilities = (ArrayNode) report.path("Results").get(0).path("Vulnerabilities");
        for (int i = 0; i < vulnerabilities.size(); i++) {
            if (vulnerabilities.get(i).path("PkgName").asText().equals("zlib")) vulnerabilities.remove(i--);
        }
        Path file = tmp.resolve("trivy-api-april.json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
        return file;
    }

    @Test
    void aLaterScanOfTheSameTargetCountsAgesFromTheFirstScanThatSawEachVulnerability() throws Exception {
        EvidenceRecord april = ingestOne(ExportKind.TRIVY, earlierTrivyScan("2026-04-01T00:00:00Z"));
        EvidenceRecord may = ingestOne(ExportKind.TRIVY, fixture("trivy-api.json"));
        assertThat(april.system()).isEqualTo(may.system()).isEqualTo("registry.example.com/shop/api");
        assertThat(april.performedAt().text()).isEqualTo("2026-04-01T00:00Z");

        // Only the latest scan of the target is judged; first sightings come from the April scan.
        assertThat(latest("export:trivy")).containsExactly(
                "FAIL BW-VULN-101 target:" + API + " @trivy-api.json:28 CRITICAL CVE-2026-10001 in libssl3 3.3.0-r2, fixed in 3.3.1-r0: open 61 days, "
                        + "counted from the first scan that saw it on 2026-04-01; the patch SLA for CRITICAL is 15 days",
                "FAIL BW-VULN-101 target:" + API + " @trivy-api.json:71 CRITICAL CVE-2026-10002 in libcurl 8.11.0-r1, fixed in 8.12.1-r0: open 61 days, "
                        + "counted from the first scan that saw it on 2026-04-01; the patch SLA for CRITICAL is 15 days",
                "FAIL BW-VULN-101 target:" + API + " @trivy-api.json:105 HIGH CVE-2026-20002 in musl 1.2.5-r9, fixed in 1.2.5-r10: open 61 days, "
                        + "counted from the first scan that saw it on 2026-04-01; the patch SLA for HIGH is 30 days",
                // No publication date, but the April scan saw it: its age is known now.
                "FAIL BW-VULN-101 target:" + API + " @trivy-api.json:124 HIGH CVE-2026-20004 in libexpat 2.6.4-r0, fixed in 2.7.0-r0: open 61 days, "
                        + "counted from the first scan that saw it on 2026-04-01; the patch SLA for HIGH is 30 days",
                // zlib (first seen in May: publication date) and express (61 days < 90) are within the SLA.
                "PASS BW-VULN-101 target:" + API + " @trivy-api.json:9 " + API + ": 2 fixable vulnerabilities within the patch SLA, 4 vulnerabilities without a published fix, "
                        + "2 fixable vulnerabilities of a severity without a patch SLA (low, negligible, unknown)");

        // The April scan judged on its own has no earlier scan: it is not its own first sighting.
        List<String> aprilFindings = lines(ExportFindings.of(ledger, Map.of(), CLOCK, ROLES, rules()).evaluate(april.id()).orElseThrow().findings());
        assertThat(aprilFindings).anyMatch(l -> l.contains("CVE-2026-10002") && l.contains("counted from the advisory's publication on 2026-01-10"))
                .noneMatch(l -> l.contains("first scan that saw it"));
    }

    @Test
    void aGrypeScanOfTheSameTargetCountsAsAnEarlierSighting() throws Exception {
        // Grype gives no publication dates: without an earlier scan every fixable vulnerability's age is unknown.
        Path earlierGrype = tmp.resolve("grype-worker-may-01.json");
        Files.writeString(earlierGrype, ExportFixtures.text("grype-worker.json").replace("\"timestamp\": \"2026-05-30T06:00:00.512837+00:00\"",
                "\"timestamp\": \"2026-05-01T06:00:00Z\""));
        ingestOne(ExportKind.GRYPE, earlierGrype);
        ingestOne(ExportKind.GRYPE, fixture("grype-worker.json"));
        assertThat(latest("export:grype")).containsExactly(
                "FAIL BW-VULN-101 target:" + WORKER + " @grype-worker.json:3 CRITICAL CVE-2026-11001 in libssl3 3.0.15-1~deb12u1 (/var/lib/dpkg/status.d/libssl3), "
                        + "fixed in 3.0.16-1~deb12u1: open 31 days, counted from the first scan that saw it on 2026-05-01; the patch SLA for CRITICAL is 15 days",
                "FAIL BW-VULN-101 target:" + WORKER + " @grype-worker.json:112 HIGH CVE-2026-21001 in libcurl4 7.88.1-10+deb12u8 (/var/lib/dpkg/status.d/libcurl4), "
                        + "fixed in 7.88.1-10+deb12u12: open 31 days, counted from the first scan that saw it on 2026-05-01; the patch SLA for HIGH is 30 days",
                "PASS BW-VULN-101 target:" + WORKER + " @grype-worker.json:233 " + WORKER + ": 1 fixable vulnerability within the patch SLA, 4 vulnerabilities without a published fix, "
                        + "1 fixable vulnerability of a severity without a patch SLA (low, negligible, unknown)");
    }

    @Test
    void theSameFileTwiceIsStoredOnce() throws Exception {
        EvidenceRecord first = ingestOne(ExportKind.TRIVY, fixture("trivy-api.json"));
        // Again, and the same content under another name in the same call.
        Path copy = tmp.resolve("copy-of-trivy.json");
        Files.write(copy, ExportFixtures.bytes("trivy-api.json"));
        List<IngestResult> again = ingest(ExportKind.TRIVY, "another-name", fixture("trivy-api.json"), copy);
        assertThat(again).extracting(IngestResult::alreadyIngested).containsExactly(true, true);
        assertThat(again).extracting(r -> r.record().id()).containsExactly(first.id(), first.id());
        assertThat(ledger.records()).hasSize(1);

        // Two new files with equal content in one call: the second is the first one's record.
        Path lynisA = tmp.resolve("a.dat");
        Path lynisB = tmp.resolve("b.dat");
        Files.write(lynisA, ExportFixtures.bytes("lynis-report.dat"));
        Files.write(lynisB, ExportFixtures.bytes("lynis-report.dat"));
        List<IngestResult> pair = ingest(ExportKind.LYNIS, null, lynisA, lynisB);
        assertThat(pair).extracting(IngestResult::alreadyIngested).containsExactly(false, true);
        assertThat(pair.get(1).record().id()).isEqualTo(pair.get(0).record().id()).isEqualTo("EV-000002");
        assertThat(ledger.records()).hasSize(2);
    }

    @Test
    void theLeaversCheckOnlySeesExportsOfTheSameSystem() throws Exception {
        ingest(ExportKind.ROSTER, "okta", fixture("roster.csv"));
        ingest(ExportKind.CREDENTIAL_REPORT, "aws-prod", fixture("credential-report.csv"));
        ingest(ExportKind.TERMINATIONS, "okta", fixture("terminations.csv"));
        List<String> leavers = latest("export:terminations");
        assertThat(leavers).hasSize(7).allMatch(l -> !l.contains("IAM user") || l.contains("no credential report is given"));
        assertThat(leavers.get(0)).startsWith("FAIL BW-IDP-003 leaver:erin@example.com").contains("roster account erin (roster.csv:5) is still active");
        assertThat(leavers.get(1)).isEqualTo("UNKNOWN BW-IDP-003 leaver:erin@example.com @terminations.csv:2 leaver erin@example.com "
                + "(terminated 2026-05-28T17:00:00Z): IAM user erin is mapped to this email, but no credential report is given to check it in");
    }

    @Test
    void theLatestExportOfEachKindAndSystemIsJudged() throws Exception {
        Path older = tmp.resolve("roster-march.csv");
        Files.writeString(older, "user,email,roles,admin,mfa,status,last_login\nzed,zed@example.com,admin,true,false,ACTIVE,2026-03-01T00:00:00Z\n");
        ingestOne(ExportKind.ROSTER, fixture("roster.csv"));
        ingestOne(ExportKind.ROSTER, older); // ingested later, but made earlier
        Path contractors = tmp.resolve("contractors.csv");
        Files.writeString(contractors, "user,email,roles,admin,mfa,status,last_login\nzed,zed@example.com,admin,true,false,ACTIVE,2026-05-01T00:00:00Z\n");
        ingest(ExportKind.ROSTER, "contractors", contractors);
        List<String> admins = latest("export:roster").stream().filter(l -> l.contains("BW-IDP-001")).toList();
        assertThat(admins).containsExactly(
                "PASS BW-IDP-001 idp-account:alice @roster.csv:2 administrator alice (alice@example.com, active, roles admin, developer) has MFA",
                "FAIL BW-IDP-001 idp-account:carol @roster.csv:3 administrator carol (carol@example.com, active, roles admin) has no MFA (mfa false)",
                "FAIL BW-IDP-001 idp-account:zed @contractors.csv:2 administrator zed (zed@example.com, active, roles admin) has no MFA (mfa false)");
        assertThat(ExportFindings.of(ledger, Map.of(), CLOCK, ROLES, rules()).latestEvaluations())
                .extracting(e -> e.source().id() + " " + e.source().system()).containsExactly("EV-000001 all", "EV-000003 contractors");
    }

    @Test
    void anExportThatNoLongerReadsIsUnknownForEveryRuleThatJudgesItsKind() throws Exception {
        Path garbage = tmp.resolve("credential-report.csv");
        Files.writeString(garbage, "user;arn\nalice;arn:aws:iam::1:user/alice\n");
        ledger.append(new EvidenceDraft("other", List.of("3.3.1"), "all", "2026-05-31", "someone", null,
                IngestNotes.write(ExportKind.CREDENTIAL_REPORT, List.of(), List.of(), "typed in by hand"), List.of(garbage), null));
        List<String> found = latest("export:credential-report");
        assertThat(found).hasSize(5).allMatch(l -> l.startsWith("UNKNOWN BW-IAM-CRED-00") && l.contains(" evidence:EV-000001 @credential-report.csv:0 "
                + "EV-000001 (credential-report.csv) no longer reads as a credential-report export: credential-report.csv:1: "));
    }

    @Test
    void aSettingThatIsNotANumberMakesTheRuleUnknownRatherThanFailTheRun() throws Exception {
        ingestOne(ExportKind.TERMINATIONS, fixture("terminations.csv"));
        List<Finding> found = ExportFindings.latest(ledger, Map.of("termination_sla_hours", "a day"), CLOCK, ROLES);
        assertThat(lines(found)).containsExactly("UNKNOWN BW-IDP-003 evidence:EV-000001 @terminations.csv:0 BW-IDP-003 cannot judge terminations.csv: "
                + "setting termination_sla_hours must be a whole number of zero or more, got a day");
    }

    @Test
    void settingsFromTheConfigurationOverrideTheDefaults() throws Exception {
        ingestOne(ExportKind.TRIVY, fixture("trivy-api.json"));
        List<Finding> found = ExportFindings.latest(ledger, Map.of("patch_sla_critical_days", 200L, "patch_sla_high_days", 200L,
                "patch_sla_medium_days", 200L), CLOCK, ROLES);
        assertThat(lines(found)).extracting(l -> l.substring(0, l.indexOf(' '))).containsExactly("UNKNOWN", "PASS");
    }

    static List<dev.bulwark.rule.Rule> rules() throws Exception {
        return dev.bulwark.engine.Bulwark.rules(List.of()).all();
    }

    @Test
    void eachScannedTargetOfASystemIsJudgedOnItsOwnLatestScan() throws Exception {
        ingest(ExportKind.TRIVY, "shop", fixture("trivy-api.json"));
        Path worker = tmp.resolve("trivy-worker.json");
        Files.writeString(worker, ExportFixtures.text("trivy-api.json").replace("shop/api:1.8.2", "shop/worker:2.0.0")
                .replace("2026-05-31T22:10:05", "2026-06-01T09:00:00"));
        ingest(ExportKind.TRIVY, "shop", worker);
        Path apiEarlier = earlierTrivyScan("2026-04-01T00:00:00Z");
        ingest(ExportKind.TRIVY, "shop", apiEarlier);
        List<ExportEvaluation> judged = ExportFindings.of(ledger, Map.of(), CLOCK, ROLES, rules()).latestEvaluations();
        assertThat(judged).extracting(e -> e.source().id() + " " + e.source().targets()).containsExactly(
                "EV-000001 [" + API + "]", "EV-000002 [registry.example.com/shop/worker:2.0.0]");
        assertThat(judged.get(0).findings()).anyMatch(f -> f.message().contains("counted from the first scan that saw it on 2026-04-01"));
    }

    @Test
    void aScanOfANewTagOfAnImageReplacesTheOldTagsScan() throws Exception {
        ingestOne(ExportKind.TRIVY, fixture("trivy-api.json"));
        Path nextTag = tmp.resolve("trivy-api-1.9.0.json");
        Files.writeString(nextTag, ExportFixtures.text("trivy-api.json").replace("shop/api:1.8.2", "shop/api:1.9.0")
                .replace("2026-05-31T22:10:05", "2026-06-01T09:00:00"));
        EvidenceRecord newer = ingestOne(ExportKind.TRIVY, nextTag);
        assertThat(newer.system()).isEqualTo("registry.example.com/shop/api");
        assertThat(newer.notes()).startsWith("bulwark ingest trivy\ntarget: registry.example.com/shop/api:1.9.0\n"
                + "tracked as: registry.example.com/shop/api\ntrivy 0.61.0 scan of ");
        List<ExportEvaluation> judged = ExportFindings.of(ledger, Map.of(), CLOCK, ROLES, rules()).latestEvaluations();
        assertThat(judged).extracting(e -> e.source().id() + " " + e.source().trackedAs()).containsExactly("EV-000002 [registry.example.com/shop/api]");
        // Ages still count per tagged target: 1.9.0 was not scanned before, so publication dates apply.
        assertThat(judged.get(0).findings()).noneMatch(f -> f.message().contains("first scan that saw it"));
    }

    @Test
    void imageRepositoriesDropTheTagAndDigestOnly() {
        assertThat(ExportFacts.imageRepository("registry.example.com:5000/shop/api:1.8.2@sha256:abc")).isEqualTo("registry.example.com:5000/shop/api");
        assertThat(ExportFacts.imageRepository("registry.example.com:5000/shop/api")).isEqualTo("registry.example.com:5000/shop/api");
        assertThat(ExportFacts.imageRepository("alpine:3.21")).isEqualTo("alpine");
        assertThat(ExportFacts.imageRepository("alpine@sha256:abc")).isEqualTo("alpine");
    }
}
