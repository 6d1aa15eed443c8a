package dev.bulwark.process;

import dev.bulwark.evidence.EvidenceIds;
import dev.bulwark.evidence.EvidenceKind;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.PerformedAt;
import dev.bulwark.evidence.Sha256;
import dev.bulwark.rule.RuleException;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Shared pieces for the process tests: the built-in process rules, records, configurations. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    private Fixtures() {}

    static ProcessRules rules() {
        try {
            return ProcessRules.builtin();
        } catch (RuleException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored record as the ledger would return it (hashes do not matter to the status checks). */
    static EvidenceRecord record(long seq, EvidenceKind kind, String requirement, String system, String performedAt) {
        return record(seq, kind, requirement, system, performedAt, null);
    }

    static EvidenceRecord record(long seq, EvidenceKind kind, String requirement, String system, String performedAt, String supersedes) {
        return new EvidenceRecord(seq, EvidenceIds.forSequence(seq), kind, List.of(requirement), system,
                PerformedAt.parse(performedAt).orElseThrow(), "alice", null, null, List.of(), Instant.EPOCH, supersedes,
                Sha256.GENESIS, Sha256.GENESIS);
    }

    static ProcessConfig config(Path dir, String yaml) {
        try {
            return ProcessConfigReader.read(".bulwark.yaml", yaml, dir, dir);
        } catch (ProcessConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String THREE_SYSTEMS = """
            systems:
              - name: payments
                environment: production
                criticality: critical
              - name: ledger
                environment: production
                criticality: high
              - name: intranet
                environment: staging
                criticality: critical
            """;
}
