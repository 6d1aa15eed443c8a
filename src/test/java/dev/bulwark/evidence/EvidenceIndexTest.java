package dev.bulwark.evidence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The query parts 4 to 6 build on: latest valid evidence per requirement and system. */
class EvidenceIndexTest {
    private static EvidenceRecord record(long seq, EvidenceKind kind, String requirement, String system, String performedAt,
                                         String supersedes) {
        return new EvidenceRecord(seq, EvidenceIds.forSequence(seq), kind, List.of(requirement), system,
                PerformedAt.parse(performedAt).orElseThrow(), "alice", null, null, List.of(), Instant.EPOCH, supersedes,
                Sha256.GENESIS, Sha256.GENESIS);
    }

    @Test
    void latestByPerformedAtNotByRecordingOrder() {
        EvidenceIndex index = EvidenceIndex.of(List.of(
                record(1, EvidenceKind.ACCESS_REVIEW, "3.3.3", "prod", "2026-03-31", null),
                record(2, EvidenceKind.ACCESS_REVIEW, "3.3.3", "prod", "2025-12-31", null),   // recorded late, done earlier
                record(3, EvidenceKind.ACCESS_REVIEW, "3.3.3", "staging", "2026-04-01", null)));
        assertThat(index.latestValid("3.3.3", "prod")).map(EvidenceRecord::id).contains("EV-000001");
        assertThat(index.latestValid("3.3.3", "staging")).map(EvidenceRecord::id).contains("EV-000003");
        assertThat(index.latestValid("3.3.3", "Prod")).isEmpty();
        assertThat(index.systems()).containsExactly("prod", "staging");
        assertThat(index.validFor("3.3.3")).extracting(EvidenceRecord::id).containsExactly("EV-000003", "EV-000001", "EV-000002");
    }

    @Test
    void aSupersededRecordNeverCountsAndTiesGoToTheLaterRecord() {
        EvidenceIndex index = EvidenceIndex.of(List.of(
                record(1, EvidenceKind.RESTORE_TEST, "3.6.4", "db", "2026-03-31", null),
                record(2, EvidenceKind.RESTORE_TEST, "3.6.4", "db", "2026-02-01", "EV-000001"),
                record(3, EvidenceKind.RESTORE_TEST, "3.6.4", "db", "2026-01-15", null),
                record(4, EvidenceKind.RESTORE_TEST, "3.6.4", "db", "2026-01-15", null)));
        assertThat(index.isSuperseded("EV-000001")).isTrue();
        assertThat(index.latestValid("3.6.4", "db")).map(EvidenceRecord::id).contains("EV-000002");
        EvidenceIndex onlyOld = EvidenceIndex.of(List.of(index.all().get(2), index.all().get(3)));
        assertThat(onlyOld.latestValid("3.6.4", "db")).map(EvidenceRecord::id).contains("EV-000004");
    }

    @Test
    void kindsCanBeRestricted() {
        EvidenceIndex index = EvidenceIndex.of(List.of(
                record(1, EvidenceKind.KEY_ROTATION, "3.4.4", "kms", "2026-01-01", null),
                record(2, EvidenceKind.OTHER, "3.4.4", "kms", "2026-02-01", null)));
        assertThat(index.latestValid("3.4.4", "kms")).map(EvidenceRecord::id).contains("EV-000002");
        assertThat(index.latestValid("3.4.4", "kms", EnumSet.of(EvidenceKind.KEY_ROTATION))).map(EvidenceRecord::id).contains("EV-000001");
    }
}
