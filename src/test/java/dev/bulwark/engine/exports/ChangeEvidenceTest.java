package dev.bulwark.engine.exports;

import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceInputException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.rule.ApprovedChange;
import dev.bulwark.model.change.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeEvidenceTest {
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final String SHA_A = "a".repeat(40), SHA_B = "b".repeat(40), SHA_C = "c".repeat(40);
    static final Person ERIN = new Person("Erin Engineer", "erin@example.com");

    @TempDir
    Path tmp;
    EvidenceLedger ledger;

    @BeforeEach
    void open() throws Exception {
        ledger = EvidenceLedger.open(LedgerSettings.embedded(tmp.resolve(".bulwark"), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    static ApprovedChange byPullRequest(String sha, String when) {
        return new ApprovedChange(sha, ERIN, List.of("bob-reviews"), Instant.parse(when), 12, "pull-request", List.of("d".repeat(40)),
                List.of("main.tf", "modules/net/vpc.tf"));
    }

    static ApprovedChange byTrailer(String sha, String when) {
        return new ApprovedChange(sha, new Person("Carol Ops", "carol@example.com"), List.of("Alice Admin <alice@example.com>", "Bob"),
                Instant.parse(when), null, "trailer", List.of(), List.of("iam.tf"));
    }

    @Test
    void eachApprovedChangeBecomesOneChangeApprovalRecord() throws Exception {
        ChangeEvidence.Recorded r = ChangeEvidence.record(ledger, List.of(byPullRequest(SHA_A, "2026-03-25T10:15:30.250Z"),
                byTrailer(SHA_B, "2026-04-02T08:00:00Z")), "infra-repo", NOW);
        assertThat(r.alreadyRecorded()).isEmpty();
        assertThat(r.stored()).extracting(EvidenceRecord::id).containsExactly("EV-000001", "EV-000002");
        EvidenceRecord pr = ledger.record("EV-000001").orElseThrow();
        assertThat(pr.kind().slug()).isEqualTo("change-approval");
        assertThat(pr.requirements()).containsExactly("3.5.1");
        assertThat(pr.system()).isEqualTo("infra-repo");
        assertThat(pr.performedAt().text()).isEqualTo("2026-03-25T10:15:30Z");
        assertThat(pr.performedBy()).isEqualTo("Erin Engineer <erin@example.com>");
        assertThat(pr.approvedBy()).isEqualTo("bob-reviews");
        assertThat(pr.attachments()).isEmpty();
        assertThat(pr.notes()).isEqualTo("bulwark changes: commit " + SHA_A + "\napproved by bob-reviews through pull request #12\n"
                + "brings in 1 commit: " + "d".repeat(40) + "\ninfrastructure files: main.tf, modules/net/vpc.tf");
        EvidenceRecord trailer = ledger.record("EV-000002").orElseThrow();
        assertThat(trailer.approvedBy()).isEqualTo("Alice Admin <alice@example.com>, Bob");
        assertThat(trailer.notes()).isEqualTo("bulwark changes: commit " + SHA_B + "\napproved by Alice Admin <alice@example.com>, Bob by commit trailer\n"
                + "infrastructure files: iam.tf");
        assertThat(ChangeEvidence.commitOf(trailer)).isEqualTo(SHA_B);
    }

    @Test
    void aChangeIsRecordedOnceHoweverOftenTheAuditRuns() throws Exception {
        ChangeEvidence.record(ledger, List.of(byPullRequest(SHA_A, "2026-03-25T10:00:00Z")), "infra-repo", NOW);
        ChangeEvidence.Recorded again = ChangeEvidence.record(ledger, List.of(byPullRequest(SHA_A, "2026-03-25T10:00:00Z"),
                byTrailer(SHA_C, "2026-05-01T00:00:00Z")), "other-name", NOW);
        assertThat(again.alreadyRecorded()).extracting(EvidenceRecord::id).containsExactly("EV-000001");
        assertThat(again.stored()).extracting(EvidenceRecord::id).containsExactly("EV-000002");
        assertThat(ledger.records()).hasSize(2);
    }

    @Test
    void aRecordThatOnlyMentionsACommitIsNotTakenForOne() throws Exception {
        ledger.append(new EvidenceDraft("access-review", List.of("3.3.3"), "all", "2026-05-01", "alice", null,
                "bulwark changes: commit " + SHA_A, List.of(), null));
        assertThat(ChangeEvidence.record(ledger, List.of(byPullRequest(SHA_A, "2026-03-25T10:00:00Z")), "repo", NOW).stored()).hasSize(1);
    }

    @Test
    void aChangeDatedInTheFutureStoresNothing() throws Exception {
        List<ApprovedChange> changes = List.of(byPullRequest(SHA_A, "2026-03-25T10:00:00Z"), byTrailer(SHA_B, "2026-06-10T00:00:00Z"));
        assertThatThrownBy(() -> ChangeEvidence.record(ledger, changes, "repo", NOW)).isInstanceOf(EvidenceInputException.class)
                .hasMessage("commit " + SHA_B + " is dated 2026-06-10T00:00:00Z, in the future; check the committer's clock");
        assertThat(ledger.records()).isEmpty();
    }
}
