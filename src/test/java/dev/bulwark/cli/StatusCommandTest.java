package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerBackend;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.evidence.crypto.EvidenceKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bulwark status} end to end with the clock fixed at 2026-04-01: a project with systems,
 * cadences and documents, records added through the ledger API (on the embedded database and on
 * PostgreSQL), and the status each requirement must then show.
 */
class StatusCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    private Path project;
    private Path ledgerDir;
    private LedgerBackend backend;
    private String dbUrl;

    @BeforeEach
    void fixClockAndEnvironment() throws Exception {
        EvidenceCommand.clock = CLOCK;
        EvidenceCommand.environment = Map::of;
        project = Files.createDirectories(tmp.resolve("project"));
        ledgerDir = tmp.resolve(".bulwark");
        backend = LedgerBackend.H2;
    }

    @AfterEach
    void restoreClockAndEnvironment() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    private static final String CONFIG = """
            fail_on: HIGH
            systems:
              - name: payments
                environment: production
                criticality: critical
                tags: [pci]
              - name: ledger
                environment: production
                criticality: high
              - name: wiki
                environment: staging
                criticality: low
            cadences:
              "3.4.4": 180
            documents:
              incident_response_plan: docs/incident-response.md
              hardening_baseline: docs/hardening.md
              runbooks:
                - path: docs/runbooks/payments.md
                  systems: [payments]
            """;

    private void write(String path, String text) throws Exception {
        Path f = project.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private void projectFiles() throws Exception {
        write(".bulwark.yaml", CONFIG);
        write("docs/incident-response.md", "---\nlast_reviewed: 2026-01-15\n---\n# Incident response plan\n");
        write("docs/hardening.md", "# Hardening baseline\n\n**Last reviewed:** 2025-02-01\n");
        write("docs/runbooks/payments.md", "# Recovering payments\nLast reviewed: 2026-03-01\n\nRTO: 4h\n");
    }

    private EvidenceLedger ledger() throws Exception {
        return EvidenceLedger.open(LedgerSettings.embedded(ledgerDir, CLOCK).withDatabase(dbUrl, null, null));
    }

    private static EvidenceDraft draft(String kind, String requirement, String system, String performedAt, List<Path> attachments,
                                       String supersedes) {
        return new EvidenceDraft(kind, List.of(requirement), system, performedAt, "alice", "bob", null, attachments, supersedes);
    }

    /** The records of a realistic quarter: some current, one due soon, one overdue, one corrected, one never done. */
    private void addRecords() throws Exception {
        Path report = tmp.resolve("scan-report.txt");
        Files.writeString(report, "0 critical, 3 high\n");
        try (EvidenceLedger l = ledger()) {
            l.append(draft("vulnerability-scan", "3.2.3", "payments", "2026-03-20", List.of(report), null));  // current
            l.append(draft("vulnerability-scan", "3.2.3", "ledger", "2025-12-01", List.of(), null));          // due 03-01: 31 days late
            l.append(draft("access-review", "3.3.3", "all", "2026-01-05", List.of(), null));                  // due 04-05: in 4 days
            l.append(draft("restore-test", "3.6.4", "payments", "2025-10-01", List.of(), null));
            EvidenceRecord wrong = l.append(draft("restore-test", "3.6.4", "payments", "2026-03-31", List.of(), null));
            l.append(draft("restore-test", "3.6.4", "payments", "2026-02-01", List.of(), wrong.id()));       // corrects the date: due 05-02
            l.append(draft("change-approval", "3.5.1", "payments", "2026-03-02", List.of(), null));
        }
    }

    private CliRunner.Result status(String... args) {
        List<String> all = new ArrayList<>(List.of("status"));
        all.addAll(List.of(args));
        all.addAll(List.of("--ledger-dir", ledgerDir.toString()));
        if (dbUrl != null) all.addAll(List.of("--db", dbUrl));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private static Map<String, String> statuses(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode r : root.path("requirements")) out.put(r.path("id").asText(), r.path("status").asText());
        return out;
    }

    private static JsonNode requirement(JsonNode root, String id) {
        for (JsonNode r : root.path("requirements")) if (r.path("id").asText().equals(id)) return r;
        throw new AssertionError("no requirement " + id);
    }

    private static JsonNode result(JsonNode requirement, String subject) {
        for (JsonNode r : requirement.path("results")) if (r.path("subject").asText().equals(subject)) return r;
        throw new AssertionError("no result for " + subject + " in " + requirement);
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void showsPassFailAndDueSoonPerRequirementForAFixedClock(LedgerBackend b) throws Exception {
        backend = b;
        dbUrl = b.databaseUrl(ledgerDir);
        projectFiles();
        addRecords();

        CliRunner.Result json = status(project.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(1);
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.path("date").asText()).isEqualTo("2026-04-01");
        assertThat(root.path("failed").asBoolean()).isTrue();
        Map<String, String> s = statuses(root);
        assertThat(s).hasSize(35);
        assertThat(s).containsEntry("3.1.1", "NOT_CHECKED")  // config only, and no scan asked for
                .containsEntry("3.1.5", "PASS")              // incident response plan reviewed 2026-01-15
                .containsEntry("3.2.1", "FAIL")              // baseline reviewed 2025-02-01: 59 days overdue
                .containsEntry("3.2.3", "FAIL")              // ledger's scan 31 days overdue
                .containsEntry("3.3.3", "DUE_SOON")          // the review for all systems is due on 2026-04-05
                .containsEntry("3.3.4", "NOT_CHECKED")       // judged from exports by other rules
                .containsEntry("3.4.4", "FAIL")              // never rotated
                .containsEntry("3.5.1", "NOT_CHECKED")       // recorded; judged from the change history by bulwark changes
                .containsEntry("3.5.3", "NOT_CHECKED")       // config only (CI workflows), and no scan asked for
                .containsEntry("3.6.4", "PASS")              // the corrected restore test, 2026-02-01
                .containsEntry("3.6.5", "FAIL")              // the runbook has an RTO and no RPO
                .containsEntry("3.7.5", "PASS");             // the ledger verifies

        JsonNode scans = requirement(root, "3.2.3");
        assertThat(result(scans, "system:ledger").path("daysOverdue").asInt()).isEqualTo(31);
        assertThat(result(scans, "system:ledger").path("due").asText()).isEqualTo("2026-03-01");
        assertThat(result(scans, "system:payments").path("status").asText()).isEqualTo("PASS");
        assertThat(result(scans, "system:payments").path("daysLeft").asInt()).isEqualTo(78);
        assertThat(scans.path("results")).hasSize(2); // wiki is not production
        JsonNode reviews = requirement(root, "3.3.3");
        assertThat(reviews.path("results")).hasSize(3).allSatisfy(r -> {
            assertThat(r.path("status").asText()).isEqualTo("DUE_SOON");
            assertThat(r.path("daysLeft").asInt()).isEqualTo(4);
            assertThat(r.path("evidence").asText()).isEqualTo("EV-000003");
        });
        JsonNode restore = result(requirement(root, "3.6.4"), "system:payments");
        assertThat(restore.path("evidence").asText()).isEqualTo("EV-000006");
        assertThat(restore.path("lastDone").asText()).isEqualTo("2026-02-01");
        assertThat(requirement(root, "3.6.4").path("results")).hasSize(1); // payments is the only critical system
        JsonNode keys = result(requirement(root, "3.4.4"), "system:wiki");
        assertThat(keys.path("cadenceDays").asInt()).isEqualTo(180);
        assertThat(keys.path("lastDone").isNull()).isTrue();
        assertThat(result(requirement(root, "3.2.1"), "document:docs/hardening.md").path("daysOverdue").asInt()).isEqualTo(59);
        assertThat(result(requirement(root, "3.6.5"), "system:payments").path("message").asText())
                .isEqualTo(project.resolve("docs/runbooks/payments.md") + " states no RPO (recovery point objective) for critical system payments:"
                        + " add a line \"RPO: 4h\" or a row for payments in a System | RTO | RPO table");
        assertThat(requirement(root, "3.5.1").path("records")).singleElement()
                .satisfies(r -> assertThat(r.path("id").asText()).isEqualTo("EV-000007"));
        assertThat(root.path("summary").path("overdueWork").asInt()).isEqualTo(5); // ledger's scan, baseline, 3 key rotations
        assertThat(root.path("summary").path("dueSoonWork").asInt()).isEqualTo(3);

        // The process results are findings like any other, in the scan's finding shape.
        JsonNode restoreFinding = null;
        for (JsonNode f : root.path("findings")) {
            if (f.path("rule").asText().equals("BW-EVID-004")) restoreFinding = f;
        }
        assertThat(restoreFinding).isNotNull();
        assertThat(restoreFinding.path("status").asText()).isEqualTo("PASS");
        assertThat(restoreFinding.path("resource").path("address").asText()).isEqualTo("system:payments");
        assertThat(restoreFinding.path("resource").path("type").asText()).isEqualTo("evidence:restore-test");
        assertThat(restoreFinding.path("location").path("file").asText()).endsWith(".bulwark.yaml");
        assertThat(restoreFinding.path("location").path("startLine").asInt()).isEqualTo(3);
        assertThat(restoreFinding.path("soc2").toString()).contains("CC7.1");

        CliRunner.Result console = status(project.toString());
        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.out())
                .contains("Bulwark status: ENG-POL-003 Infrastructure Security Policy, 2026-04-01")
                .contains("  FAIL           3.2.3  Production systems are scanned for vulnerabilities every quarter\n"
                        + "                        evidence: vulnerability scan every 90 days: ledger overdue by 31 days; 1 current (next due 2026-06-18)\n")
                .contains("  DUE SOON       3.3.3  Privileged accounts are reviewed every quarter\n"
                        + "                        evidence: access review every 90 days: payments, ledger and wiki due in 4 days\n")
                .contains("  PASS           3.6.4  Backup restores are tested every quarter for critical systems\n")
                .contains("Overdue or never done (5)\n  3.2.1  hardening baseline " + project.resolve("docs/hardening.md") + ": review overdue by 59 days")
                .contains("  3.2.3  vulnerability scan for ledger overdue by 31 days: last done 2025-12-01 (EV-000002 by alice), due 2026-03-01;"
                        + " every 90 days  (")
                .contains("Due within 14 days (3)\n")
                .doesNotContain("Not covered (")  // every config requirement has a rule since the CI workflow rules
                .contains("Other problems (1)\n  3.6.5  " + project.resolve("docs/runbooks/payments.md") + " states no RPO")
                .endsWith("35 requirements: 4 fail, 1 due soon, 3 pass, 27 not checked\n");
    }

    @Test
    void exitsZeroWhenNothingFailsAndDueSoonStillPasses() throws Exception {
        write(".bulwark.yaml", """
                systems:
                  - {name: api, environment: production, criticality: critical}
                documents:
                  runbooks:
                    - path: runbook.md
                      systems: [api]
                """);
        write("runbook.md", "Last reviewed: 2026-03-01\n\n| System | RTO | RPO |\n|---|---|---|\n| api | 2h | 15m |\n");
        try (EvidenceLedger l = ledger()) {
            l.append(draft("vulnerability-scan", "3.2.3", "api", "2026-03-01", List.of(), null));
            l.append(draft("restore-test", "3.6.4", "api", "2026-01-05", List.of(), null)); // due in 4 days
            l.append(draft("access-review", "3.3.3", "api", "2026-03-10", List.of(), null));
            l.append(draft("key-rotation", "3.4.4", "all", "2025-06-01", List.of(), null));
        }
        CliRunner.Result r = status(project.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(statuses(root)).doesNotContainValue("FAIL").containsEntry("3.6.4", "DUE_SOON").containsEntry("3.6.5", "PASS")
                .containsEntry("3.2.3", "PASS").containsEntry("3.4.4", "PASS");
        assertThat(root.path("failed").asBoolean()).isFalse();
    }

    @Test
    void aTamperedLedgerFails3point7point5NamingTheRecord() throws Exception {
        projectFiles();
        addRecords();
        try (Connection c = backend.connect(ledgerDir, dbUrl); Statement st = c.createStatement()) {
            st.execute("UPDATE evidence_record SET performed_by = 'mallory' WHERE seq = 3");
        }
        CliRunner.Result r = status(project.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode ledger = requirement(JSON.readTree(r.out()), "3.7.5");
        assertThat(ledger.path("status").asText()).isEqualTo("FAIL");
        JsonNode result = ledger.path("results").get(0);
        assertThat(result.path("rule").asText()).isEqualTo("BW-EVID-005");
        assertThat(result.path("evidence").asText()).isEqualTo("EV-000003");
        assertThat(result.path("message").asText()).startsWith("evidence ledger damaged: ").contains("EV-000003");
        assertThat(status(project.toString()).out()).contains("chain DAMAGED (see 3.7.5)").contains("  FAIL           3.7.5");
    }

    @Test
    void withoutTheKeyAttachmentsCannotBeVerifiedAndTheResultIsUnknown() throws Exception {
        projectFiles();
        addRecords();
        Path key = EvidenceKeys.keyFile(ledgerDir);
        Files.move(key, tmp.resolve("kept-elsewhere.json"));
        CliRunner.Result r = status(project.toString(), "--format", "json");
        JsonNode ledger = requirement(JSON.readTree(r.out()), "3.7.5");
        assertThat(ledger.path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(ledger.path("results").get(0).path("message").asText()).startsWith("evidence ledger not verified: ")
                .contains(EvidenceKeys.ENV);
    }

    @Test
    void withNoLedgerYetNothingIsCreatedAndTheScopeAllIsJudged() throws Exception {
        CliRunner.Result r = status(project.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(ledgerDir).doesNotExist();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("sources").path("evidence").path("exists").asBoolean()).isFalse();
        assertThat(root.path("sources").path("configFile").isNull()).isTrue();
        assertThat(result(requirement(root, "3.3.3"), "system:all").path("message").asText())
                .isEqualTo("no access review recorded for all systems; needed every 90 days");
        assertThat(statuses(root)).containsEntry("3.2.3", "NOT_COVERED").containsEntry("3.7.5", "NOT_COVERED")
                .containsEntry("3.1.5", "NOT_COVERED").containsEntry("3.3.3", "FAIL");
        assertThat(status(project.toString()).out()).contains("evidence:  no ledger at " + ledgerDir + " (bulwark evidence add creates it)")
                .contains("  3.2.3  evidence: vulnerability scan every 90 days: no systems are declared in .bulwark.yaml (systems:)");
    }

    @Test
    void theConfigurationSideComesFromSavedResultsOrAScanNow() throws Exception {
        write("main.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs\"\n}\n");
        Path results = tmp.resolve("results.json");
        CliRunner.Result scan = CliRunner.run("scan", project.toString(), "--format", "json", "--output", results.toString());
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(1);

        for (List<String> how : List.of(List.of("--results", results.toString()), List.of("--scan"))) {
            List<String> args = new ArrayList<>(List.of(project.toString(), "--format", "json"));
            args.addAll(how);
            CliRunner.Result r = status(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            JsonNode root = JSON.readTree(r.out());
            // A plain bucket keeps no object versions: BW-AWS-BAK-001 under 3.5.5.
            JsonNode rollback = requirement(root, "3.5.5");
            assertThat(rollback.path("status").asText()).as(how.get(0)).isEqualTo("FAIL");
            assertThat(rollback.path("config").path("fail").asInt()).isPositive();
            assertThat(rollback.path("configFailures").toString()).contains("BW-AWS-BAK-001").contains("aws_s3_bucket.logs");
            assertThat(root.path("sources").path("config").path("source").asText()).isNotEmpty();
        }
        CliRunner.Result console = status(project.toString(), "--results", results.toString());
        assertThat(console.out()).contains("config:    " + results + " (written ").contains("Failing config checks (")
                .containsPattern("3.5.5  FAIL BW-AWS-BAK-001 MEDIUM  aws_s3_bucket.logs  .*  \\(.*main.tf:1\\)");
    }

    @Test
    void aScanNowTakesVariablesAndRulePacksAsScanDoes() throws Exception {
        write("main.tf", "variable \"tier\" {\n  type = string\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs\"\n"
                + "  tags   = { Tier = var.tier }\n}\n");
        Path pack = Files.createDirectories(tmp.resolve("pack"));
        Files.writeString(pack.resolve("tags.yaml"), "rules:\n  - id: ACME-TAG-001\n    title: Buckets say their tier\n    severity: LOW\n"
                + "    requirements: [3.4.1]\n    description: d\n    remediation: r\n    terraform:\n      resources: [aws_s3_bucket]\n"
                + "      check: resource.tags.Tier == 'data'\n");
        Path vars = tmp.resolve("prod.tfvars");
        Files.writeString(vars, "tier = \"data\"\n");

        JsonNode root = JSON.readTree(status(project.toString(), "--format", "json", "--scan", "--rules", pack.toString(),
                "--var-file", vars.toString()).out());
        assertThat(requirement(root, "3.5.5").path("configFailures").toString()).as("the scan ran").contains("BW-AWS-BAK-001");
        assertThat(requirement(root, "3.4.1").path("configFailures").toString()).doesNotContain("ACME-TAG-001");
        JsonNode other = JSON.readTree(status(project.toString(), "--format", "json", "--scan", "--rules", pack.toString(),
                "--var", "tier=web").out());
        assertThat(requirement(other, "3.4.1").path("configFailures").toString()).contains("ACME-TAG-001");

        CliRunner.Result without = status(project.toString(), "--var", "tier=web");
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("--rules, --var-file, --var, --download-modules and --allow-loopback-http apply to --scan");
    }

    @Test
    void usageAndConfigurationErrorsExitTwoWithAMessage() throws Exception {
        CliRunner.Result both = status(project.toString(), "--scan", "--results", "r.json");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("use either --scan or --results, not both");

        CliRunner.Result missing = status(project.toString(), "--results", tmp.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--results: no such file: ").contains("none.json");

        write(".bulwark.yaml", "systems:\n  - name: api\n    environment: prod\n    criticality: high\n");
        CliRunner.Result badEnv = status(project.toString());
        assertThat(badEnv.exitCode()).isEqualTo(2);
        assertThat(badEnv.err()).contains(".bulwark.yaml:3:18: systems[0].environment: expected one of production, staging, qa, test,"
                + " development, sandbox, found \"prod\"");

        write(".bulwark.yaml", "system:\n  - name: api\n");
        CliRunner.Result typo = status(project.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains(".bulwark.yaml:1:1: system: unknown section");
        assertThat(ledgerDir).doesNotExist();
    }

    /** The status of {@link #addRecords} with a scan now of one plain bucket, as HTML. */
    private String statusHtml() throws Exception {
        projectFiles();
        addRecords();
        write("main.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs\"\n}\n");
        CliRunner.Result html = status(project.toString(), "--scan", "--format", "html");
        assertThat(html.exitCode()).as(html.err()).isEqualTo(1);
        return html.out();
    }

    @Test
    void asHtmlEveryRequirementWithItsCriterionTheOverdueWorkAndWhatLiesBehind() throws Exception {
        String page = statusHtml();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;")
                .contains("<h1>Bulwark status: ENG-POL-003 ")
                .contains("<p class=\"meta\">As of 2026-04-01,");
        assertThat(page.split("<tr><td>", -1)).as("one row per requirement").hasSize(36);
        assertThat(page).containsPattern("<a href=\"#req-3.2.3\">3.2.3 [^<]*</a></td><td>CC6.6</td><td class=\"st st-FAIL\">fail</td>")
                .contains("<figcaption>Overdue work, days late (and ")
                .contains("<title>3.2.3 system:ledger: 31 fail</title>")
                .contains("overdue by 31 days")
                // the failing config check from the scan, with its source line marked
                .contains("BW-AWS-BAK-001</h4>")
                .contains("<span class=\"hit\"><span class=\"ln\">▶ 1</span>resource &quot;aws_s3_bucket&quot; &quot;logs&quot; {</span>");
    }

    @Test
    @org.junit.jupiter.api.Tag("browser")
    void asHtmlItOpensInABrowserWithoutNetworkOrErrorsAndFilters() throws Exception {
        var exe = dev.bulwark.browser.HeadlessChromium.executable();
        org.junit.jupiter.api.Assumptions.assumeTrue(exe.isPresent(),
                "no Chromium at /usr/bin/chromium (nor $BULWARK_CHROMIUM): .ci/run installs the chromium package");
        Path out = Path.of(System.getProperty("bulwark.buildDir", "target"), "html-report");
        Files.createDirectories(out);
        Path page = Files.writeString(out.resolve("status.html"), statusHtml());
        try (var browser = dev.bulwark.browser.HeadlessChromium.start(exe.get(), 1280, 1000)) {
            browser.open(page.toUri().toString());
            assertThat(browser.requestedUrls()).containsExactly(page.toUri().toString());
            assertThat(browser.problems()).isEmpty();
            Files.write(out.resolve("status.png"), browser.screenshot(true));
            browser.click("input[name=status][value=DUE_SOON]");
            // The access review for all systems falls due on 2026-04-05: one result per production system, under 3.3.3.
            JsonNode shown = browser.eval("Array.prototype.filter.call(document.querySelectorAll('[data-status]'),"
                    + "function(e){return e.checkVisibility();}).map(function(e){return e.closest('section').id+' '+e.dataset.status"
                    + "+' '+e.querySelector('code').textContent;})");
            assertThat(shown.toString()).isEqualTo(
                    "[\"req-3.3.3 DUE_SOON system:payments\",\"req-3.3.3 DUE_SOON system:ledger\",\"req-3.3.3 DUE_SOON system:wiki\"]");
        }
    }
}
