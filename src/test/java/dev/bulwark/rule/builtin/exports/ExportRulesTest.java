package dev.bulwark.rule.builtin.exports;

import dev.bulwark.engine.Settings;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportLogic;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.rule.FirstSeen;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.source.export.CredentialReportReader;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.source.export.GrypeReportReader;
import dev.bulwark.source.export.LynisReportReader;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.Roster;
import dev.bulwark.source.export.RosterReader;
import dev.bulwark.source.export.TerminationsReader;
import dev.bulwark.source.export.TrivyReportReader;
import dev.bulwark.source.export.XccdfResultReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.bulwark.source.export.ExportFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in export rule, loaded from its rule file as the product loads it, run on the export
 * fixtures at a fixed time with the default settings: exactly these outcomes, in this order.
 * (RuleFixturesTest covers the rules with Terraform logic; this covers the ones without.)
 */
class ExportRulesTest {
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final List<String> CATALOGUE = List.of("admin", "developer", "support", "auditor");
    static final Map<String, String> IAM_USERS = Map.of("erin@example.com", "erin", "FRANK@example.com", "frank", "ivan@example.com", "ivan");
    static final String API = "registry.example.com/shop/api:1.8.2";
    static final String WORKER = "registry.example.com/shop/worker:2.0.0";
    static final FirstSeen FIRST_SEEN = FirstSeen.of(Map.of(
            new FirstSeen.Key(API, "CVE-2026-10002", "libcurl"), Instant.parse("2026-05-25T00:00:00Z"),
            new FirstSeen.Key(API, "CVE-2026-20002", "musl"), Instant.parse("2026-04-15T00:00:00Z"),
            new FirstSeen.Key(WORKER, "CVE-2026-11001", "libssl3"), Instant.parse("2026-05-01T00:00:00Z"),
            new FirstSeen.Key(WORKER, "CVE-2026-21001", "libcurl4"), Instant.parse("2026-05-20T00:00:00Z")));

    /** The rules this class checks; every built-in rule with export logic must be here. */
    static final Set<String> COVERED = Set.of("BW-IAM-CRED-001", "BW-IAM-CRED-002", "BW-IAM-CRED-003", "BW-IAM-CRED-004",
            "BW-IAM-CRED-005", "BW-IDP-001", "BW-IDP-002", "BW-IDP-003", "BW-VULN-101", "BW-HOST-001");

    static RuleSet rules;
    static CredentialReport credentials;
    static Roster roster;
    static ExportContext context;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSet.builtin(PolicyCatalogue.bundled()::exists);
        credentials = read(new CredentialReportReader(), "credential-report.csv");
        roster = read(new RosterReader(), "roster.csv");
        context = ExportContext.of(NOW, Settings.DEFAULTS).withRoleCatalogue(CATALOGUE).withIamUsers(IAM_USERS)
                .withFirstSeen(FIRST_SEEN).withRelated(List.of(roster, credentials));
    }

    static List<String> run(String ruleId, ParsedExport export) {
        Rule rule = rules.find(ruleId).orElseThrow();
        List<String> out = new ArrayList<>();
        for (ExportLogic logic : rule.exports()) {
            for (ExportOutcome o : logic.evaluate(export, context)) {
                out.add(o.status() + " " + o.subject() + " @" + o.location().file() + ":" + o.location().startLine() + " " + o.message());
            }
        }
        return out;
    }

    @Test
    void everyExportRuleIsCheckedHere() {
        Set<String> withExports = new TreeSet<>();
        for (Rule r : rules.all()) if (!r.exports().isEmpty()) withExports.add(r.id());
        assertThat(withExports).isEqualTo(new TreeSet<>(COVERED));
    }

    @Test
    void rulesDeclareTheirExportKinds() {
        assertThat(rules.find("BW-IAM-CRED-001").orElseThrow().exportKinds()).containsExactly(ExportKind.CREDENTIAL_REPORT);
        assertThat(rules.find("BW-VULN-101").orElseThrow().exportKinds()).containsExactlyInAnyOrder(ExportKind.TRIVY, ExportKind.GRYPE);
        assertThat(rules.find("BW-HOST-001").orElseThrow().exportKinds()).containsExactlyInAnyOrder(ExportKind.XCCDF, ExportKind.LYNIS);
        assertThat(rules.find("BW-IDP-003").orElseThrow().metadata().requirements()).containsExactly("3.3.4");
        assertThat(rules.find("BW-IDP-003").orElseThrow().resources()).isEmpty();
    }

    @Test
    void consoleUsersWithoutMfa() {
        assertThat(run("BW-IAM-CRED-001", credentials)).containsExactly(
                "PASS alice @credential-report.csv:3 IAM user alice has a console password and an MFA device (mfa_active true)",
                "FAIL bob @credential-report.csv:4 IAM user bob can sign in to the console with a password (last used no_information) without MFA (mfa_active false)",
                "PASS erin @credential-report.csv:7 IAM user erin has a console password and an MFA device (mfa_active true)");
    }

    @Test
    void rootWithoutMfa() {
        assertThat(run("BW-IAM-CRED-002", credentials)).containsExactly(
                "FAIL <root_account> @credential-report.csv:2 the root user (arn:aws:iam::111122223333:root) has no MFA device (mfa_active false)");
    }

    @Test
    void rootAccessKeys() {
        assertThat(run("BW-IAM-CRED-003", credentials)).containsExactly(
                "FAIL <root_account> @credential-report.csv:2 the root user has access key 1 (active, last rotated 2025-09-01, last used 2026-05-30 in us-east-1 for s3)");
    }

    @Test
    void accessKeyAge() {
        assertThat(run("BW-IAM-CRED-004", credentials)).containsExactly(
                "FAIL <root_account> @credential-report.csv:2 access key 1 of <root_account> was last rotated on 2025-09-01, 273 days ago (limit 90 days)",
                "PASS alice @credential-report.csv:3 access key 1 of alice was last rotated on 2026-04-10, 52 days ago (limit 90 days)",
                "FAIL ci-deploy @credential-report.csv:5 access key 1 of ci-deploy was last rotated on 2025-11-15, 198 days ago (limit 90 days)",
                "PASS ci-deploy @credential-report.csv:5 access key 2 of ci-deploy was last rotated on 2026-05-01, 31 days ago (limit 90 days)",
                "FAIL old-report @credential-report.csv:6 access key 1 of old-report was last rotated on 2025-10-01, 243 days ago (limit 90 days)",
                "PASS erin @credential-report.csv:7 access key 1 of erin was last rotated on 2026-04-01, 61 days ago (limit 90 days)");
    }

    @Test
    void unusedCredentials() {
        assertThat(run("BW-IAM-CRED-005", credentials)).containsExactly(
                "PASS alice @credential-report.csv:3 IAM user alice: console password last used 2026-05-31, 0 days ago; access key 1 last used 2026-05-31, 0 days ago (limit 90 days)",
                "FAIL bob @credential-report.csv:4 IAM user bob: console password never used (no_information) since it was set on 2025-12-01, 182 days ago (limit 90 days)",
                "PASS ci-deploy @credential-report.csv:5 IAM user ci-deploy: access key 1 last used 2026-05-31, 0 days ago; access key 2 never used (N/A) since it was set on 2026-05-01, 31 days ago (limit 90 days)",
                "FAIL old-report @credential-report.csv:6 IAM user old-report: access key 1 last used 2026-01-15, 137 days ago (limit 90 days)",
                "PASS erin @credential-report.csv:7 IAM user erin: console password last used 2026-05-30, 2 days ago; access key 1 last used 2026-05-29, 2 days ago (limit 90 days)");
    }

    @Test
    void rosterAdminsWithoutMfa() {
        assertThat(run("BW-IDP-001", roster)).containsExactly(
                "PASS alice @roster.csv:2 administrator alice (alice@example.com, active, roles admin, developer) has MFA",
                "FAIL carol @roster.csv:3 administrator carol (carol@example.com, active, roles admin) has no MFA (mfa false)");
    }

    @Test
    void rolesOutsideTheCatalogue() {
        assertThat(run("BW-IDP-002", roster)).containsExactly(
                "PASS alice @roster.csv:2 alice holds only catalogue roles: admin, developer",
                "PASS carol @roster.csv:3 carol holds only catalogue roles: admin",
                "FAIL dave @roster.csv:4 dave holds a role outside the role catalogue: break-glass",
                "PASS erin @roster.csv:5 erin holds only catalogue roles: developer",
                "PASS judy @roster.csv:9 judy holds only catalogue roles: developer");
    }

    @Test
    void leaversLoseAccessWithinTheSla() {
        assertThat(run("BW-IDP-003", read(new TerminationsReader(), "terminations.csv"))).containsExactly(
                "FAIL erin@example.com @terminations.csv:2 leaver erin@example.com (terminated 2026-05-28T17:00:00Z): "
                        + "roster account erin (roster.csv:5) is still active 91 hours after termination, 67 hours past the 24-hour SLA; "
                        + "roster account erin (roster.csv:5) signed in at 2026-05-29T18:00:00Z, 1 hour after the revocation deadline",
                "FAIL erin@example.com @terminations.csv:2 leaver erin@example.com (terminated 2026-05-28T17:00:00Z): "
                        + "IAM user erin (credential-report.csv:7) still has console password, access key 1 enabled 91 hours after termination, 67 hours past the 24-hour SLA; "
                        + "IAM user erin (credential-report.csv:7): console password used at 2026-05-30T09:00:00Z, 16 hours after the revocation deadline; "
                        + "IAM user erin (credential-report.csv:7): access key 1 used at 2026-05-29T20:00:00Z, 3 hours after the revocation deadline",
                "FAIL frank@example.com @terminations.csv:3 leaver frank@example.com (terminated 2026-05-15T17:00:00Z): "
                        + "roster account frank (roster.csv:6) was suspended at 2026-05-20T09:00:00Z, 88 hours past the 24-hour SLA",
                "PASS frank@example.com @terminations.csv:3 leaver frank@example.com (terminated 2026-05-15T17:00:00Z): "
                        + "IAM user frank (credential-report.csv:8) has no enabled credentials and none was used after the deadline",
                "PASS grace@example.com @terminations.csv:4 leaver grace@example.com (terminated 2026-03-31T00:00:00Z): "
                        + "roster account grace (roster.csv:7) was deprovisioned at 2026-04-01T00:00:00Z, within the 24-hour SLA; last sign-in 2026-01-10T10:00:00Z",
                "PASS ivan@example.com @terminations.csv:5 leaver ivan@example.com (terminated 2026-05-31T09:00:00Z): "
                        + "no account in roster.csv; IAM user ivan is not in credential-report.csv",
                "PASS judy@example.com @terminations.csv:6 leaver judy@example.com (terminated 2026-06-01T08:00:00Z): "
                        + "roster account judy (roster.csv:9) is still active, within the 24-hour SLA (deadline 2026-06-02T08:00:00Z); last sign-in 2026-06-01T07:30:00Z");
    }

    @Test
    void trivyPatchSla() {
        assertThat(run("BW-VULN-101", read(new TrivyReportReader(), "trivy-api.json"))).containsExactly(
                "FAIL " + API + " @trivy-api.json:28 CRITICAL CVE-2026-10001 in libssl3 3.3.0-r2, fixed in 3.3.1-r0: open 30 days, "
                        + "counted from the advisory's publication on 2026-05-01 (no earlier scan of " + API + " recorded); the patch SLA for CRITICAL is 15 days",
                "FAIL " + API + " @trivy-api.json:105 HIGH CVE-2026-20002 in musl 1.2.5-r9, fixed in 1.2.5-r10: open 47 days, "
                        + "counted from the first scan that saw it on 2026-04-15; the patch SLA for HIGH is 30 days",
                "UNKNOWN " + API + " @trivy-api.json:124 HIGH CVE-2026-20004 in libexpat 2.6.4-r0, fixed in 2.7.0-r0: its age is unknown: "
                        + "no earlier scan of " + API + " is recorded and the trivy report gives no publication date",
                "FAIL " + API + " @trivy-api.json:168 MEDIUM CVE-2025-30001 in express 4.21.1 (app/package-lock.json), fixed in 4.21.2, 5.0.1: open 136 days, "
                        + "counted from the advisory's publication on 2026-01-15 (no earlier scan of " + API + " recorded); the patch SLA for MEDIUM is 90 days",
                "PASS " + API + " @trivy-api.json:9 " + API + ": 2 fixable vulnerabilities within the patch SLA, 4 vulnerabilities without a published fix, "
                        + "2 fixable vulnerabilities of a severity without a patch SLA (low, negligible, unknown)");
    }

    @Test
    void grypePatchSla() {
        assertThat(run("BW-VULN-101", read(new GrypeReportReader(), "grype-worker.json"))).containsExactly(
                "FAIL " + WORKER + " @grype-worker.json:3 CRITICAL CVE-2026-11001 in libssl3 3.0.15-1~deb12u1 (/var/lib/dpkg/status.d/libssl3), "
                        + "fixed in 3.0.16-1~deb12u1: open 31 days, counted from the first scan that saw it on 2026-05-01; the patch SLA for CRITICAL is 15 days",
                "UNKNOWN " + WORKER + " @grype-worker.json:154 MEDIUM GHSA-8r3f-2w6q-xv4m in requests 2.32.3 "
                        + "(/usr/local/lib/python3.12/site-packages/requests-2.32.3.dist-info/METADATA), fixed in 2.32.4: its age is unknown: "
                        + "no earlier scan of " + WORKER + " is recorded and the grype report gives no publication date",
                "PASS " + WORKER + " @grype-worker.json:233 " + WORKER + ": 1 fixable vulnerability within the patch SLA, 4 vulnerabilities without a published fix, "
                        + "1 fixable vulnerability of a severity without a patch SLA (low, negligible, unknown)");
    }

    @Test
    void xccdfBaseline() {
        assertThat(run("BW-HOST-001", read(new XccdfResultReader(), "xccdf-results.xml"))).containsExactly(
                "FAIL web-01.prod.example.com @xccdf-results.xml:34 web-01.prod.example.com (profile xccdf_org.ssgproject.content_profile_cis_server_l1): "
                        + "2 of 4 checked rules fail: xccdf_org.ssgproject.content_rule_service_auditd_enabled (high, \"Enable auditd Service\"), "
                        + "xccdf_org.ssgproject.content_rule_sshd_disable_root_login (medium, \"Disable SSH Root Login\"); 1 could not be checked; score 61.25 of 100");
    }

    @Test
    void lynisBaseline() {
        assertThat(run("BW-HOST-001", read(new LynisReportReader(), "lynis-report.dat"))).containsExactly(
                "FAIL db-02 @lynis-report.dat:14 db-02: 2 warnings: AUTH-9286 Found one or more accounts without an expiry date; "
                        + "FIRE-4512 iptables module(s) loaded, but no rules active (Lynis 3.1.4 audit ending 2026-05-31T03:04:51, hardening index 64, 3 suggestions)");
    }

    @Test
    void aRuleIgnoresExportsOfKindsItDoesNotJudge() {
        assertThat(run("BW-IAM-CRED-001", roster)).isEmpty();
        assertThat(run("BW-VULN-101", credentials)).isEmpty();
    }
}
