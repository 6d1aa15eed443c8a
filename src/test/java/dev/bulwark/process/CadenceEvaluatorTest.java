package dev.bulwark.process;

import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceKind;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.bulwark.process.Fixtures.TODAY;
import static dev.bulwark.process.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

/** Which systems need which evidence, and how the latest valid record decides. */
class CadenceEvaluatorTest {
    @TempDir
    Path dir;

    private CadenceOutcome evaluate(String yaml, CadenceCheck check, EvidenceRecord... records) {
        return new CadenceEvaluator(Fixtures.config(dir, yaml), EvidenceIndex.of(List.of(records)), TODAY, Fixtures.rules()).evaluate(check);
    }

    @Test
    void vulnerabilityScansAreNeededOnProductionSystemsOnlyAndEachNeedsItsOwn() {
        CadenceOutcome o = evaluate(Fixtures.THREE_SYSTEMS, CadenceCheck.VULNERABILITY_SCANS,
                record(1, EvidenceKind.VULNERABILITY_SCAN, "3.2.3", "payments", "2025-12-21"),
                record(2, EvidenceKind.VULNERABILITY_SCAN, "3.2.3", "all", "2026-03-30"));
        assertThat(o.results()).extracting(ProcessResult::subject).containsExactly("system:payments", "system:ledger");
        ProcessResult payments = o.results().get(0);
        assertThat(payments.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(payments.timing().days()).isEqualTo(11);
        assertThat(payments.evidenceId()).isEqualTo("EV-000001");
        assertThat(payments.message()).isEqualTo("vulnerability scan for payments overdue by 11 days: last done 2025-12-21 (EV-000001 by alice),"
                + " due 2026-03-21; every 90 days");
        ProcessResult ledger = o.results().get(1);
        assertThat(ledger.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(ledger.timing().never()).isTrue();
        assertThat(ledger.message()).isEqualTo("no vulnerability scan recorded for ledger (production, high); needed every 90 days");
    }

    @Test
    void restoreTestsAreNeededOnCriticalSystemsAndResultsAreFindings() {
        CadenceOutcome o = evaluate(Fixtures.THREE_SYSTEMS, CadenceCheck.RESTORE_TESTS,
                record(1, EvidenceKind.RESTORE_TEST, "3.6.4", "payments", "2026-01-10"),
                record(2, EvidenceKind.RESTORE_TEST, "3.6.4", "intranet", "2026-03-01"));
        assertThat(o.results()).extracting(ProcessResult::subject).containsExactly("system:payments", "system:intranet");
        assertThat(o.results()).extracting(ProcessResult::status).containsExactly(ProcessStatus.DUE_SOON, ProcessStatus.PASS);
        assertThat(o.results().get(0).message()).isEqualTo("restore test for payments due in 9 days, on 2026-04-10: last done 2026-01-10"
                + " (EV-000001 by alice); every 90 days");

        Finding f = o.results().get(0).toFinding();
        assertThat(f.rule().id()).isEqualTo("BW-EVID-004");
        assertThat(f.rule().metadata().requirements()).containsExactly("3.6.4");
        assertThat(f.status()).isEqualTo(Status.PASS);
        assertThat(f.resourceAddress()).isEqualTo("system:payments");
        assertThat(f.resourceType()).isEqualTo("evidence:restore-test");
        assertThat(f.location().toString()).isEqualTo(".bulwark.yaml:2:5");
        assertThat(f.message()).contains("due in 9 days");
    }

    @Test
    void accessReviewsCountTheSystemsOwnRecordOrTheScopeAllWhicheverIsLater() {
        CadenceOutcome o = evaluate(Fixtures.THREE_SYSTEMS, CadenceCheck.ACCESS_REVIEWS,
                record(1, EvidenceKind.ACCESS_REVIEW, "3.3.3", "all", "2026-01-05"),
                record(2, EvidenceKind.ACCESS_REVIEW, "3.3.3", "payments", "2026-03-15"),
                record(3, EvidenceKind.ACCESS_REVIEW, "3.3.3", "ledger", "2025-11-01"));
        assertThat(o.results()).extracting(ProcessResult::evidenceId).containsExactly("EV-000002", "EV-000001", "EV-000001");
        assertThat(o.results()).extracting(ProcessResult::status).containsExactly(ProcessStatus.PASS, ProcessStatus.DUE_SOON, ProcessStatus.DUE_SOON);
        assertThat(o.results().get(1).message()).contains("(EV-000001 by alice, recorded for all systems)");
    }

    @Test
    void withNoSystemsDeclaredTheScopeAllAloneIsJudgedAndPerSystemChecksAreNotCovered() {
        CadenceOutcome keys = evaluate("", CadenceCheck.KEY_ROTATIONS, record(1, EvidenceKind.KEY_ROTATION, "3.4.4", "all", "2025-05-01"));
        assertThat(keys.results()).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("system:all");
            assertThat(r.status()).isEqualTo(ProcessStatus.PASS);
            assertThat(r.location().toString()).isEqualTo(".bulwark.yaml");
        });
        CadenceOutcome scans = evaluate("", CadenceCheck.VULNERABILITY_SCANS);
        assertThat(scans.results()).isEmpty();
        assertThat(scans.covered()).isFalse();
        assertThat(scans.emptyReason()).isEqualTo("no systems are declared in .bulwark.yaml (systems:)");
        CadenceOutcome noProduction = evaluate("systems:\n  - {name: wiki, environment: staging, criticality: low}\n",
                CadenceCheck.VULNERABILITY_SCANS);
        assertThat(noProduction.covered()).isTrue();
        assertThat(noProduction.emptyReason()).isEqualTo("no system is declared with environment production");
    }

    @Test
    void supersededRecordsOtherKindsAndOtherRequirementsDoNotCount() {
        CadenceOutcome o = evaluate(Fixtures.THREE_SYSTEMS, CadenceCheck.RESTORE_TESTS,
                record(1, EvidenceKind.RESTORE_TEST, "3.6.4", "payments", "2026-03-30"),
                record(2, EvidenceKind.RESTORE_TEST, "3.6.4", "payments", "2025-10-01", "EV-000001"),
                record(3, EvidenceKind.OTHER, "3.6.4", "payments", "2026-03-31"),
                record(4, EvidenceKind.RESTORE_TEST, "3.6.1", "payments", "2026-03-31"));
        ProcessResult payments = o.results().get(0);
        assertThat(payments.evidenceId()).isEqualTo("EV-000002");
        assertThat(payments.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(payments.timing().days()).isEqualTo(92);
    }

    @Test
    void configuredCadencesApply() {
        CadenceOutcome o = evaluate(Fixtures.THREE_SYSTEMS + "cadences:\n  \"3.6.4\": 30\n", CadenceCheck.RESTORE_TESTS,
                record(1, EvidenceKind.RESTORE_TEST, "3.6.4", "payments", "2026-02-20"));
        assertThat(o.cadenceDays()).isEqualTo(30);
        assertThat(o.results().get(0).status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(o.results().get(0).timing().days()).isEqualTo(10);
    }
}
