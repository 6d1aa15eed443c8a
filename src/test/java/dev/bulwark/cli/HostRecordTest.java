package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bulwark host --record --system}: the result in the evidence ledger, and what {@code status} makes of it. */
class HostRecordTest {
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Path FIREWALL = Path.of("src/test/resources/rules/BW-HOST-040");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path ledgerDir;

    @BeforeEach
    void setUp() {
        at(NOW);
        EvidenceCommand.environment = Map::of;
        ledgerDir = tmp.resolve(".bulwark");
    }

    @AfterEach
    void restore() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    private static void at(Instant when) {
        EvidenceCommand.clock = Clock.fixed(when, ZoneOffset.UTC);
    }

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--ledger-dir", ledgerDir.toString()));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private CliRunner.Result record(String fixture, String system) {
        return run("host", "--root", FIREWALL.resolve(fixture).toString(), "--check", "BW-HOST-040", "--record", "--system", system,
                "--by", "alice", "--format", "json");
    }

    private JsonNode status() throws Exception {
        CliRunner.Result r = run("status", tmp.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        return JSON.readTree(r.out());
    }

    private static JsonNode part(JsonNode status, String requirement) {
        for (JsonNode r : status.path("requirements")) {
            if (!r.path("id").asText().equals(requirement)) continue;
            for (JsonNode p : r.path("parts")) if (p.path("kind").asText().equals("exports and history")) return p;
        }
        throw new AssertionError("no exports part for " + requirement + " in " + status);
    }

    @Test
    void statusCountsTheLatestRecordOfEachSystem() throws Exception {
        CliRunner.Result first = record("fail-debian", "web-1");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        assertThat(first.err()).contains("recorded the host baseline as EV-000001 for web-1");
        assertThat(part(status(), "3.1.1").path("status").asText()).isEqualTo("FAIL");

        at(NOW.plus(Duration.ofDays(1)));
        assertThat(record("pass-debian", "web-1").exitCode()).isZero();
        assertThat(record("fail-rocky", "db-1").exitCode()).isEqualTo(1);
        JsonNode status = status();
        JsonNode firewall = part(status, "3.1.1");
        assertThat(firewall.path("summary").asText()).startsWith("1 failed, 1 passed (BW-HOST-040)");
        assertThat(firewall.path("items")).hasSize(1);
        assertThat(firewall.path("items").get(0).path("id").asText()).isEqualTo("db-1/firewall");
        assertThat(firewall.path("items").get(0).path("message").asText()).contains("EV-000003");
        assertThat(status.path("notes").toString())
                .contains("host baseline of db-1 last checked 2026-06-02 (EV-000003 by alice")
                .contains("host baseline of web-1 last checked 2026-06-02 (EV-000002 by alice")
                .contains("current, next due 2026-08-31 (every 90 days)");
    }

    @Test
    void aBaselineOlderThanTheCadenceIsOverdue() throws Exception {
        assertThat(record("pass-debian", "web-1").exitCode()).isZero();
        at(NOW.plus(Duration.ofDays(100)));
        JsonNode status = status();
        JsonNode hardening = part(status, "3.2.1");
        assertThat(hardening.path("status").asText()).isEqualTo("FAIL");
        assertThat(hardening.path("items").toString()).contains("BW-HOST-003")
                .contains("host baseline of web-1 last checked 2026-06-01 (EV-000001 by alice")
                .contains("overdue by 10 days, due 2026-08-30");
        // The recorded result itself still counts as it was.
        assertThat(part(status, "3.1.1").path("status").asText()).isEqualTo("PASS");
    }

    @Test
    void theLedgerHoldsTheRuleResultsNotTheHostsFiles() {
        assertThat(record("fail-debian", "web-1").exitCode()).isEqualTo(1);
        CliRunner.Result shown = run("evidence", "show", "EV-000001");
        assertThat(shown.out()).contains("bulwark host: baseline of ").contains("FAIL\tBW-HOST-040\thost:firewall\t")
                .contains("3.1.1").doesNotContain("table inet");
    }

    @Test
    void recordNeedsASystem() {
        CliRunner.Result r = run("host", "--root", FIREWALL.resolve("pass-debian").toString(), "--record");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--record needs --system NAME");
        assertThat(ledgerDir).doesNotExist();
    }

    @Test
    void aMissingDatabaseBehindItsHeadFileIsAnErrorAndNothingIsRecorded() throws Exception {
        assertThat(record("pass-debian", "web-1").exitCode()).isZero();
        Path db = ledgerDir.resolve("evidence.mv.db");
        Files.delete(db);
        CliRunner.Result r = record("pass-debian", "web-1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bulwark: host --record: ").contains("nothing was recorded").doesNotContain("\tat ");
        assertThat(db).doesNotExist();
    }

    @Test
    void aDamagedDatabaseIsAnError() throws Exception {
        assertThat(record("pass-debian", "web-1").exitCode()).isZero();
        Files.writeString(ledgerDir.resolve("evidence.mv.db"), "not a database");
        CliRunner.Result r = record("pass-debian", "web-1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bulwark: host --record: the database file ").contains("cannot be read").contains("nothing was recorded").doesNotContain("\tat ");
    }
}
