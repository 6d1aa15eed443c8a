package dev.bulwark.rule.builtin.exports;

import dev.bulwark.engine.Settings;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.rule.Status;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.source.export.CredentialReportReader;
import dev.bulwark.source.export.ExportFormatException;
import dev.bulwark.source.export.LynisReportReader;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.source.export.RosterReader;
import dev.bulwark.source.export.TerminationsReader;
import dev.bulwark.source.export.TrivyReportReader;
import dev.bulwark.source.export.XccdfResultReader;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.bulwark.source.export.ExportFixtures.read;
import static dev.bulwark.source.export.ExportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The branches the fixtures do not reach: missing data, thresholds, boundaries, and what each check refuses. */
class ExportChecksTest {
    static final Instant NOW = ExportRulesTest.NOW;
    static final ExportContext DEFAULTS = ExportContext.of(Clock.fixed(NOW, ZoneOffset.UTC), Settings.DEFAULTS);
    static final String HEADER = String.join(",", CredentialReportReader.COLUMNS);

    static List<String> outcomes(List<ExportOutcome> list) {
        return list.stream().map(o -> o.status() + " " + o.subject() + " @" + o.location().startLine() + " " + o.message()).toList();
    }

    static CredentialReport report(String... rows) throws ExportFormatException {
        return new CredentialReportReader().read("r.csv", utf8(HEADER + "\n" + String.join("\n", rows) + "\n"));
    }

    static String user(String name, String keyActive, String rotated, String used) {
        return name + ",arn:aws:iam::1:" + (name.equals("<root_account>") ? "root" : "user/" + name) + ",2020-01-01T00:00:00+00:00,false,N/A,N/A,N/A,true,"
                + keyActive + "," + rotated + "," + used + ",N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";
    }

    @Test
    void withoutARootRowTheRootChecksAreUnknown() throws Exception {
        CredentialReport r = report(user("svc", "false", "N/A", "N/A"));
        assertThat(outcomes(new RootWithoutMfa().evaluate(r, DEFAULTS)))
                .containsExactly("UNKNOWN <root_account> @1 the credential report has no <root_account> row, so the root user's MFA cannot be judged");
        assertThat(outcomes(new RootAccessKeys().evaluate(r, DEFAULTS)))
                .containsExactly("UNKNOWN <root_account> @1 the credential report has no <root_account> row, so the root user's access keys cannot be judged");
    }

    @Test
    void aRootWithMfaAndNoKeysPasses() throws Exception {
        CredentialReport r = report(user("<root_account>", "false", "N/A", "N/A"));
        assertThat(outcomes(new RootWithoutMfa().evaluate(r, DEFAULTS)))
                .containsExactly("PASS <root_account> @2 the root user (arn:aws:iam::1:root) has an MFA device (mfa_active true)");
        assertThat(outcomes(new RootAccessKeys().evaluate(r, DEFAULTS)))
                .containsExactly("PASS <root_account> @2 the root user has no access keys (access_key_1_active false, access_key_2_active false)");
    }

    @Test
    void anInactiveRootKeyThatStillExistsFails() throws Exception {
        CredentialReport r = report(user("<root_account>", "false", "2024-01-01T00:00:00+00:00", "N/A"));
        assertThat(outcomes(new RootAccessKeys().evaluate(r, DEFAULTS)))
                .containsExactly("FAIL <root_account> @2 the root user has access key 1 (inactive, last rotated 2024-01-01, never used)");
    }

    @Test
    void keyAgeBoundaryIsExactlyTheLimit() throws Exception {
        Instant limit = NOW.minus(Duration.ofDays(90));
        CredentialReport r = report(user("at-limit", "true", limit.toString(), "N/A"), user("past-limit", "true", limit.minusSeconds(1).toString(), "N/A"));
        assertThat(new AccessKeyAge().evaluate(r, DEFAULTS)).extracting(ExportOutcome::status).containsExactly(Status.PASS, Status.FAIL);
    }

    @Test
    void thresholdsComeFromTheSettings() throws Exception {
        CredentialReport r = credentials();
        Map<String, Object> settings = new HashMap<>(Settings.DEFAULTS);
        settings.put("access_key_max_age_days", 300);
        assertThat(new AccessKeyAge().evaluate(r, ExportContext.of(NOW, settings))).extracting(ExportOutcome::status).containsOnly(Status.PASS);
        settings.put("credential_unused_days", 200);
        assertThat(new UnusedCredentials().evaluate(r, ExportContext.of(NOW, settings))).extracting(ExportOutcome::status).containsOnly(Status.PASS);
    }

    @Test
    void aMissingOrMalformedSettingIsAnError() throws Exception {
        CredentialReport r = credentials();
        assertThatThrownBy(() -> new AccessKeyAge().evaluate(r, ExportContext.of(NOW, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("setting access_key_max_age_days is missing: pass the resolved settings");
        assertThatThrownBy(() -> new AccessKeyAge().evaluate(r, ExportContext.of(NOW, Map.of("access_key_max_age_days", "ninety"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("setting access_key_max_age_days must be a whole number of zero or more, got ninety");
    }

    @Test
    void anActiveKeyWithoutRotationDateIsUnknown() throws Exception {
        CredentialReport r = report(user("odd", "true", "N/A", "N/A"));
        assertThat(outcomes(new AccessKeyAge().evaluate(r, DEFAULTS))).containsExactly("UNKNOWN odd @2 access key 1 of odd is active but its rotation date is N/A");
    }

    @Test
    void withoutARoleCatalogueRolesAreUnknownOnce() {
        ParsedExport roster = read(new RosterReader(), "roster.csv");
        assertThat(outcomes(new RolesOutsideCatalogue().evaluate(roster, DEFAULTS)))
                .containsExactly("UNKNOWN roster.csv @1 no role catalogue is declared, so the roles in roster.csv cannot be checked against one");
    }

    @Test
    void leaversWithNothingToLookThemUpInAreUnknown() {
        ParsedExport t = read(new TerminationsReader(), "terminations.csv");
        assertThat(new LeaverAccess().evaluate(t, DEFAULTS)).hasSize(5).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(Status.UNKNOWN);
            assertThat(o.message()).endsWith(": no identity roster or credential report to look the leaver up in");
        });
    }

    @Test
    void aLeaverWhoseAccountsCannotBeLookedUpIsUnknown() throws Exception {
        ParsedExport t = new TerminationsReader().read("t.csv", utf8("email,terminated_at\nivan@example.com,2026-05-31T09:00:00Z\n"));
        ExportContext onlyCredentials = DEFAULTS.withRelated(List.of(credentials()));
        assertThat(outcomes(new LeaverAccess().evaluate(t, onlyCredentials))).containsExactly(
                "UNKNOWN ivan@example.com @2 leaver ivan@example.com (terminated 2026-05-31T09:00:00Z): no identity roster is given and no IAM user "
                        + "is mapped to this email, so no account can be tied to the leaver");
        ExportContext onlyRoster = DEFAULTS.withRelated(List.of(read(new RosterReader(), "roster.csv"))).withIamUsers(Map.of("ivan@example.com", "ivan"));
        assertThat(outcomes(new LeaverAccess().evaluate(t, onlyRoster))).containsExactly(
                "UNKNOWN ivan@example.com @2 leaver ivan@example.com (terminated 2026-05-31T09:00:00Z): IAM user ivan is mapped to this email, "
                        + "but no credential report is given to check it in");
        ExportContext both = onlyRoster.withRelated(List.of(read(new RosterReader(), "roster.csv"), credentials())).withIamUsers(Map.of());
        assertThat(outcomes(new LeaverAccess().evaluate(t, both))).containsExactly(
                "PASS ivan@example.com @2 leaver ivan@example.com (terminated 2026-05-31T09:00:00Z): no account in roster.csv; "
                        + "no IAM user is mapped to this email");
    }

    @Test
    void aLongerSlaTurnsTheLateRevocationIntoAPass() {
        ParsedExport t = read(new TerminationsReader(), "terminations.csv");
        Map<String, Object> settings = new HashMap<>(Settings.DEFAULTS);
        settings.put("termination_sla_hours", 120L);
        ExportContext context = ExportContext.of(NOW, settings).withRelated(List.of(read(new RosterReader(), "roster.csv")));
        assertThat(outcomes(new LeaverAccess().evaluate(t, context))).contains(
                "PASS frank@example.com @3 leaver frank@example.com (terminated 2026-05-15T17:00:00Z): roster account frank (roster.csv:6) "
                        + "was suspended at 2026-05-20T09:00:00Z, within the 120-hour SLA; last sign-in 2026-05-10T11:05:00Z");
    }

    @Test
    void aReportWithoutVulnerabilitiesPassesAsAScan() throws Exception {
        ParsedExport r = new TrivyReportReader().read("t.json", utf8("{\"SchemaVersion\": 2,\n\"CreatedAt\": \"2026-05-31T10:00:00Z\",\n"
                + "\"ArtifactName\": \"repo\",\n\"ArtifactType\": \"repository\",\n\"Results\": []}"));
        assertThat(outcomes(new PatchSla().evaluate(r, DEFAULTS))).containsExactly("PASS repo @3 repo: the trivy scan of 2026-05-31 reports no vulnerabilities");
    }

    @Test
    void theFirstScanDateWinsOverThePublicationDate() {
        ParsedExport r = read(new TrivyReportReader(), "trivy-api.json");
        ExportContext late = DEFAULTS.withFirstSeen((target, id, pkg) -> id.equals("CVE-2026-10001") ? Optional.of(NOW.minusSeconds(86_400)) : Optional.empty());
        assertThat(outcomes(new PatchSla().evaluate(r, late))).noneMatch(o -> o.contains("CVE-2026-10001"));
    }

    @Test
    void aCleanHostPassesAndAnUncheckedOneIsUnknown() throws Exception {
        String ns = "http://checklists.nist.gov/xccdf/1.2";
        String clean = "<TestResult xmlns=\"" + ns + "\" id=\"t\" end-time=\"2026-05-01T10:00:00Z\"><target>h1</target>"
                + "<rule-result idref=\"a\"><result>pass</result></rule-result><rule-result idref=\"b\"><result>notapplicable</result></rule-result></TestResult>";
        assertThat(outcomes(new XccdfBaseline().evaluate(new XccdfResultReader().read("x.xml", utf8(clean)), DEFAULTS)))
                .containsExactly("PASS h1 @1 h1: all 1 checked rules pass (1 not applicable)");
        String unchecked = clean.replace("<result>pass</result>", "<result>error</result>");
        assertThat(outcomes(new XccdfBaseline().evaluate(new XccdfResultReader().read("x.xml", utf8(unchecked)), DEFAULTS)))
                .containsExactly("UNKNOWN h1 @1 h1: no rule fails, but 1 of 1 could not be checked: a (unknown)");
    }

    @Test
    void manyFailingRulesAreCountedPastTheFirstTen() throws Exception {
        StringBuilder doc = new StringBuilder("<TestResult xmlns=\"http://checklists.nist.gov/xccdf/1.2\" id=\"t\" end-time=\"2026-05-01T10:00:00Z\"><target>h</target>");
        for (int i = 0; i < 12; i++) doc.append("<rule-result idref=\"r").append(i).append("\" severity=\"low\"><result>fail</result></rule-result>");
        doc.append("</TestResult>");
        assertThat(new XccdfBaseline().evaluate(new XccdfResultReader().read("x.xml", utf8(doc.toString())), DEFAULTS))
                .singleElement().satisfies(o -> assertThat(o.message()).contains("r9 (low) and 2 more").doesNotContain("r10"));
    }

    @Test
    void aLynisAuditWithoutWarningsPasses() throws Exception {
        ParsedExport r = new LynisReportReader().read("r.dat", utf8("hostname=h\nlynis_version=3.1.4\nreport_datetime_start=2026-05-31 03:00:02\n"
                + "suggestion[]=SSH-7408|Harden SSH|-|-|\nreport_datetime_end=2026-05-31 03:04:51\n"));
        assertThat(outcomes(new LynisBaseline().evaluate(r, DEFAULTS)))
                .containsExactly("PASS h @1 h: no warnings (Lynis 3.1.4 audit ending 2026-05-31T03:04:51, 1 suggestion)");
    }

    @Test
    void aCheckRefusesAnExportOfAnotherKind() {
        ParsedExport roster = read(new RosterReader(), "roster.csv");
        assertThatThrownBy(() -> new PatchSla().evaluate(roster, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("PatchSla judges VulnerabilityReport exports, got roster");
    }

    static CredentialReport credentials() {
        return read(new CredentialReportReader(), "credential-report.csv");
    }
}
