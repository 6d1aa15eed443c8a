package dev.bulwark.process;

import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.bulwark.process.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Documents: missing files, missing or stale or future review dates, runbooks without RTO or RPO, critical systems without runbooks. */
class DocumentEvaluatorTest {
    @TempDir
    Path dir;

    private static final String SYSTEMS = """
            systems:
              - name: payments
                environment: production
                criticality: critical
              - name: ledger
                environment: production
                criticality: critical
              - name: wiki
                environment: staging
                criticality: low
            """;

    private void write(String path, String text) throws Exception {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private List<DocumentOutcome> evaluate(String yaml) {
        return new DocumentEvaluator(Fixtures.config(dir, yaml), TODAY, Fixtures.rules()).evaluate();
    }

    private DocumentOutcome outcome(String yaml, DocumentKind kind) {
        return evaluate(yaml).stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aMissingDocumentFailsAtItsLineInTheConfiguration() {
        DocumentOutcome o = outcome("documents:\n  incident_response_plan: docs/ir.md\n", DocumentKind.INCIDENT_RESPONSE_PLAN);
        ProcessResult r = o.results().get(0);
        assertThat(r.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(r.message()).isEqualTo("incident response plan docs/ir.md does not exist (documents.incident_response_plan)");
        Finding f = r.toFinding();
        assertThat(f.rule().id()).isEqualTo("BW-DOC-001");
        assertThat(f.status()).isEqualTo(Status.FAIL);
        assertThat(f.resourceAddress()).isEqualTo("document:docs/ir.md");
        assertThat(f.resourceType()).isEqualTo("document:incident-response-plan");
        assertThat(f.location().toString()).isEqualTo(".bulwark.yaml:2:27");
    }

    @Test
    void aDocumentWithoutLastReviewedFailsNamingTheFieldAndTheFile() throws Exception {
        write("docs/baseline.md", "# Hardening baseline\n\nCIS level 1.\n");
        ProcessResult r = outcome("documents:\n  hardening_baseline: docs/baseline.md\n", DocumentKind.HARDENING_BASELINE).results().get(0);
        assertThat(r.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(r.message()).isEqualTo("hardening baseline docs/baseline.md has no last_reviewed date: add front matter"
                + " \"last_reviewed: 2026-04-01\" or a line \"Last reviewed: 2026-04-01\" when it is reviewed");
        assertThat(r.location().toString()).isEqualTo("docs/baseline.md");
        assertThat(r.toFinding().rule().id()).isEqualTo("BW-DOC-002");
    }

    @Test
    void anUnreadableReviewDateIsNamedWithItsLine() throws Exception {
        write("docs/baseline.md", "# Baseline\nLast reviewed: last spring\n");
        ProcessResult r = outcome("documents:\n  hardening_baseline: docs/baseline.md\n", DocumentKind.HARDENING_BASELINE).results().get(0);
        assertThat(r.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(r.message()).isEqualTo("hardening baseline docs/baseline.md: last_reviewed at line 2 is \"last spring\", not a date like 2026-04-01");
        assertThat(r.location().toString()).isEqualTo("docs/baseline.md:2:1");
    }

    @Test
    void aStaleReviewIsOverdueByItsDays() throws Exception {
        write("docs/ir.md", "---\nlast_reviewed: 2025-03-01\n---\n# IR\n");
        ProcessResult r = outcome("documents:\n  incident_response_plan: docs/ir.md\n", DocumentKind.INCIDENT_RESPONSE_PLAN).results().get(0);
        assertThat(r.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(r.timing().days()).isEqualTo(31);
        assertThat(r.message()).isEqualTo("incident response plan docs/ir.md: review overdue by 31 days: last reviewed 2025-03-01 (line 2),"
                + " due 2026-03-01; every 365 days");
        assertThat(r.location().toString()).isEqualTo("docs/ir.md:2:1");
    }

    @Test
    void theDocumentCadenceAppliesAndAReviewDueSoonPasses() throws Exception {
        write("docs/ir.md", "Last reviewed: 2025-10-10\n");
        ProcessResult r = outcome("cadences:\n  documents: 180\ndocuments:\n  incident_response_plan: docs/ir.md\n",
                DocumentKind.INCIDENT_RESPONSE_PLAN).results().get(0);
        assertThat(r.status()).isEqualTo(ProcessStatus.DUE_SOON);
        assertThat(r.message()).isEqualTo("incident response plan docs/ir.md: review due in 7 days, on 2026-04-08: last reviewed 2025-10-10"
                + " (line 1); every 180 days");
        assertThat(r.toFinding().status()).isEqualTo(Status.PASS);
    }

    @Test
    void aReviewDateInTheFutureFails() throws Exception {
        write("docs/ir.md", "Last reviewed: 2026-09-01\n");
        ProcessResult r = outcome("documents:\n  incident_response_plan: docs/ir.md\n", DocumentKind.INCIDENT_RESPONSE_PLAN).results().get(0);
        assertThat(r.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(r.message()).endsWith("last_reviewed 2026-09-01 (line 1) is in the future (today is 2026-04-01)");
    }

    @Test
    void binaryFilesAndDirectoriesAreNotDocuments() throws Exception {
        Files.write(dir.resolve("plan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        Files.createDirectories(dir.resolve("baseline"));
        List<DocumentOutcome> o = evaluate("documents:\n  incident_response_plan: plan.pdf\n  hardening_baseline: baseline\n");
        assertThat(o.get(0).results().get(0).message()).isEqualTo("incident response plan plan.pdf is not a text file"
                + " (Bulwark reads Markdown or plain text documents) (documents.incident_response_plan)");
        assertThat(o.get(1).results().get(0).message()).isEqualTo("hardening baseline baseline is a directory, not a document (documents.hardening_baseline)");
    }

    @Test
    void notConfiguredDocumentsAreGapsNotFailures() {
        List<DocumentOutcome> o = evaluate("");
        assertThat(o).allSatisfy(d -> {
            assertThat(d.results()).isEmpty();
            assertThat(d.covered()).isFalse();
        });
        assertThat(o.get(0).emptyReason()).isEqualTo("documents.incident_response_plan is not set in .bulwark.yaml");
        DocumentOutcome noCritical = outcome("systems:\n  - {name: wiki, environment: staging, criticality: low}\n", DocumentKind.RUNBOOK);
        assertThat(noCritical.covered()).isTrue();
        assertThat(noCritical.results()).isEmpty();
    }

    @Test
    void aCriticalSystemWithoutARunbookFailsAtTheSystemsLine() throws Exception {
        write("runbooks/payments.md", "Last reviewed: 2026-03-01\nRTO: 4h\nRPO: 15m\n");
        DocumentOutcome o = outcome(SYSTEMS + "documents:\n  runbooks:\n    - path: runbooks/payments.md\n      systems: [payments]\n",
                DocumentKind.RUNBOOK);
        assertThat(o.results()).extracting(ProcessResult::subject)
                .containsExactly("document:runbooks/payments.md", "system:payments", "system:ledger");
        ProcessResult ledger = o.results().get(2);
        assertThat(ledger.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(ledger.message()).isEqualTo("no runbook under documents.runbooks lists critical system ledger, so how to recover it is not written down");
        assertThat(ledger.location().toString()).isEqualTo(".bulwark.yaml:5:5");
        assertThat(ledger.toFinding().rule().id()).isEqualTo("BW-DOC-003");
        ProcessResult payments = o.results().get(1);
        assertThat(payments.status()).isEqualTo(ProcessStatus.PASS);
        assertThat(payments.message()).isEqualTo("critical system payments: RTO 4h (runbooks/payments.md:2), RPO 15m (runbooks/payments.md:3)");
        assertThat(payments.toFinding().rule().id()).isEqualTo("BW-DOC-004");
    }

    @Test
    void aMissingRtoIsAFindingNamingTheFieldTheSystemAndTheFile() throws Exception {
        write("runbooks/core.md", """
                # Core recovery
                Last reviewed: 2026-03-01

                | System | RTO | RPO |
                |---|---|---|
                | payments | | 5m |
                | ledger | eventually | 1h |
                """);
        DocumentOutcome o = outcome(SYSTEMS + "documents:\n  runbooks:\n    - path: runbooks/core.md\n      systems: [payments, ledger, wiki]\n",
                DocumentKind.RUNBOOK);
        assertThat(o.results()).extracting(ProcessResult::status).containsExactly(ProcessStatus.PASS, ProcessStatus.FAIL, ProcessStatus.FAIL);
        ProcessResult payments = o.results().get(1);
        assertThat(payments.subject()).isEqualTo("system:payments");
        assertThat(payments.resourceType()).isEqualTo("document:runbook");
        assertThat(payments.message()).isEqualTo("runbooks/core.md states no RTO (recovery time objective) for critical system payments:"
                + " add a line \"RTO: 4h\" or a row for payments in a System | RTO | RPO table");
        assertThat(payments.location().toString()).isEqualTo("runbooks/core.md");
        ProcessResult ledger = o.results().get(2);
        assertThat(ledger.message()).isEqualTo("RTO for critical system ledger in runbooks/core.md at line 7 is \"eventually\","
                + " not a duration such as 30m, 4h or 1d");
        assertThat(ledger.location().toString()).isEqualTo("runbooks/core.md:7:1");
    }

    @Test
    void bothObjectivesMissingGiveTwoFindingsAndAMissingRunbookGivesOnlyItsOwn() throws Exception {
        write("runbooks/payments.md", "Last reviewed: 2026-03-01\n");
        DocumentOutcome o = outcome(SYSTEMS + """
                documents:
                  runbooks:
                    - path: runbooks/payments.md
                      systems: [payments]
                    - path: runbooks/ledger.md
                      systems: [ledger]
                """, DocumentKind.RUNBOOK);
        assertThat(o.results()).extracting(r -> r.status() + " " + r.subject() + " " + r.message().replaceAll(" \\(.*", "")).containsExactly(
                "PASS document:runbooks/payments.md recovery runbook runbooks/payments.md last reviewed 2026-03-01",
                "FAIL document:runbooks/ledger.md recovery runbook runbooks/ledger.md does not exist",
                "FAIL system:payments runbooks/payments.md states no RTO",
                "FAIL system:payments runbooks/payments.md states no RPO");
    }
}
