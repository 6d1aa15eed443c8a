package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.source.git.ApprovalScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bulwark changes --record}: the approved changes of the period become change-approval evidence, each once. */
class ChangesRecordTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;
    static ApprovalScenario scenario;
    static Path bundle;

    @TempDir
    Path tmp;
    Path ledgerDir;

    @BeforeAll
    static void build() throws Exception {
        scenario = ApprovalScenario.build(shared.resolve("repo"));
        bundle = scenario.writeBundle(shared.resolve("pull-requests.json"));
    }

    @BeforeEach
    void fixClock() {
        EvidenceCommand.clock = CLOCK;
        EvidenceCommand.environment = Map::of;
        ledgerDir = tmp.resolve(".bulwark");
    }

    @AfterEach
    void restore() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    CliRunner.Result changes(String... extra) {
        List<String> args = new ArrayList<>(List.of("changes", scenario.dir.toString(), "--pull-requests", bundle.toString(),
                "--since", "2026-03-01", "--until", "2026-05-31", "--ledger-dir", ledgerDir.toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    List<EvidenceRecord> records() throws Exception {
        try (EvidenceLedger l = EvidenceLedger.open(LedgerSettings.embedded(ledgerDir, CLOCK))) {
            return l.records();
        }
    }

    @Test
    void recordsEachApprovedChangeOnceAndLeavesTheReportAsItWas() throws Exception {
        CliRunner.Result plain = changes("--format", "json");
        assertThat(ledgerDir).doesNotExist();
        List<String> approvedShas = new ArrayList<>();
        for (JsonNode a : new ObjectMapper().readTree(plain.out()).path("approved")) approvedShas.add(a.path("sha").asText());
        assertThat(approvedShas).hasSize(5);

        CliRunner.Result first = changes("--record");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1); // unapproved changes still fail the run
        assertThat(first.out()).contains("Not approved (6):").endsWith("\nRecorded 5 approved changes as change-approval evidence for 3.5.1 "
                + "on repo (EV-000001 to EV-000005); 0 already recorded\n");
        List<EvidenceRecord> records = records();
        assertThat(records).extracting(r -> r.notes().lines().findFirst().orElseThrow())
                .containsExactlyElementsOf(approvedShas.stream().map(s -> "bulwark changes: commit " + s).toList());
        assertThat(records).allMatch(r -> r.kind().slug().equals("change-approval") && r.requirements().equals(List.of("3.5.1"))
                && r.system().equals("repo") && r.attachments().isEmpty());
        EvidenceRecord pr12 = records.stream().filter(r -> r.notes().contains(scenario.sha.get("merge-12"))).findFirst().orElseThrow();
        assertThat(pr12.performedAt().text()).isEqualTo("2026-03-25T10:00Z");
        assertThat(pr12.performedBy()).isEqualTo("Erin Engineer <erin@example.com>");
        assertThat(pr12.approvedBy()).isEqualTo("bob-reviews");
        assertThat(pr12.notes()).contains("approved by bob-reviews through pull request #12");

        // Again, as JSON: stdout stays one JSON document, the note goes to stderr, nothing is added.
        CliRunner.Result again = changes("--record", "--system", "platform", "--format", "json");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(again.out()).path("approved")).hasSize(5);
        assertThat(again.err()).isEqualTo("Recorded 0 approved changes as change-approval evidence for 3.5.1 on platform; 5 already recorded\n");
        assertThat(records()).hasSize(5);
    }

    @Test
    void undecidedChangesAreNotRecordedAsApproved() throws Exception {
        CliRunner.Result r = CliRunner.run("changes", scenario.dir.toString(), "--since", "2026-03-01", "--until", "2026-05-31",
                "--ledger-dir", ledgerDir.toString(), "--record");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Undecided (5):").contains("Recorded 3 approved changes");
        assertThat(records()).extracting(rec -> rec.notes().lines().findFirst().orElseThrow()).containsExactly(
                "bulwark changes: commit " + scenario.sha.get("trailer"),
                "bulwark changes: commit " + scenario.sha.get("k8s"),
                "bulwark changes: commit " + scenario.sha.get("hotfix-1"));
    }

    @Test
    void systemWithoutRecordIsAUsageError() {
        CliRunner.Result r = changes("--system", "platform");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--system names the system to record for: it needs --record");
    }
}
