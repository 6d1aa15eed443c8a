package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.evidence.LedgerBackend;
import dev.bulwark.evidence.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression tests for a ledger that loses its database or its tail: deleted, emptied or truncated
 * database files and rows deleted with SQL must fail {@code verify} (exit 1) and 3.7.5 in
 * {@code status}, never read as an intact empty ledger; commands that only read must leave every
 * file byte for byte as it was and create nothing; checkpoints prove a state is still contained.
 */
class LedgerLossTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path ledgerDir;
    private Path project;
    private LedgerBackend backend = LedgerBackend.H2;
    private String dbUrl;

    @BeforeEach
    void setUp() throws Exception {
        EvidenceCommand.clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
        EvidenceCommand.environment = Map::of;
        ledgerDir = tmp.resolve(".bulwark");
        project = Files.createDirectories(tmp.resolve("project"));
    }

    @AfterEach
    void restore() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    private void useBackend(LedgerBackend b) {
        backend = b;
        dbUrl = b.databaseUrl(ledgerDir);
    }

    private CliRunner.Result evidence(String... args) {
        List<String> all = new ArrayList<>(List.of("evidence"));
        all.addAll(List.of(args));
        return CliRunner.run(withLedger(all));
    }

    private CliRunner.Result status() {
        return CliRunner.run(withLedger(new ArrayList<>(List.of("status", project.toString(), "--format", "json"))));
    }

    private String[] withLedger(List<String> args) {
        args.addAll(List.of("--ledger-dir", ledgerDir.toString()));
        if (dbUrl != null) args.addAll(List.of("--db", dbUrl));
        return args.toArray(String[]::new);
    }

    private void add(int n) throws Exception {
        Path attachment = tmp.resolve("report.txt");
        Files.writeString(attachment, "0 critical\n");
        for (int i = 0; i < n; i++) {
            List<String> args = new ArrayList<>(List.of("add", "--kind", "access-review", "--requirement", "3.3.3", "--system", "payments",
                    "--performed-at", "2026-03-0" + (i % 9 + 1), "--by", "alice"));
            if (i == 0) args.addAll(List.of("--attach", attachment.toString()));
            CliRunner.Result r = evidence(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
    }

    private String checkpoint() {
        CliRunner.Result r = evidence("checkpoint");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().strip();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = backend.connect(ledgerDir, dbUrl); Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
    }

    private String hashOfRecord(int seq) throws Exception {
        try (Connection c = backend.connect(ledgerDir, dbUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT record_hash FROM evidence_record WHERE seq = " + seq)) {
            r.next();
            return r.getString(1);
        }
    }

    private Path dbFile() {
        return ledgerDir.resolve("evidence.mv.db");
    }

    /** Every file under a directory with the SHA-256 of its content. */
    private static Map<String, String> contents(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) out.put(dir.relativize(f).toString(), Sha256.hex(Files.readAllBytes(f)));
        }
        return out;
    }

    private JsonNode ledgerRequirement(CliRunner.Result status) throws Exception {
        for (JsonNode r : JSON.readTree(status.out()).path("requirements")) if (r.path("id").asText().equals("3.7.5")) return r;
        throw new AssertionError("no 3.7.5 in " + status.out());
    }

    private static JsonNode evidencePart(JsonNode requirement) {
        for (JsonNode p : requirement.path("parts")) if (p.path("kind").asText().equals("evidence")) return p;
        throw new AssertionError("no evidence part in " + requirement);
    }

    @Test
    void aDeletedDatabaseFailsVerifyAndStatusAndNothingIsRecreated() throws Exception {
        add(3);
        Files.delete(dbFile());
        Map<String, String> before = contents(ledgerDir);

        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("evidence ledger verification FAILED: the database file " + dbFile() + " is missing,"
                + " but the head file " + ledgerDir.resolve("evidence-head.json") + " says the ledger had 3 records");

        CliRunner.Result list = evidence("list");
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains("is missing");

        JsonNode ledger = ledgerRequirement(status());
        assertThat(ledger.path("status").asText()).isEqualTo("FAIL");
        assertThat(evidencePart(ledger).path("status").asText()).isEqualTo("FAIL");
        assertThat(evidencePart(ledger).path("summary").asText()).startsWith("evidence ledger lost or damaged: the database file")
                .contains("is missing");

        CliRunner.Result addAgain = evidence("add", "--kind", "other", "--requirement", "3.7.5", "--system", "all",
                "--performed-at", "2026-03-01", "--by", "alice");
        assertThat(addAgain.exitCode()).isEqualTo(2);
        assertThat(addAgain.err()).contains("is missing").contains("restore the database from a backup");
        assertThat(contents(ledgerDir)).isEqualTo(before);
    }

    @Test
    void anEmptiedDatabaseFileFailsVerifyAndStaysEmpty() throws Exception {
        add(3);
        Files.write(dbFile(), new byte[0]);
        Map<String, String> before = contents(ledgerDir);

        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("FAILED: the database file " + dbFile() + " is empty (0 bytes), but the head file");
        assertThat(evidence("list").exitCode()).isEqualTo(2);
        assertThat(evidence("show", "1").exitCode()).isEqualTo(2);
        assertThat(evidence("export", tmp.resolve("bundle").toString()).exitCode()).isEqualTo(1);
        assertThat(evidencePart(ledgerRequirement(status())).path("status").asText()).isEqualTo("FAIL");
        assertThat(evidence("add", "--kind", "other", "--requirement", "3.7.5", "--system", "all", "--performed-at", "2026-03-01",
                "--by", "alice").exitCode()).isEqualTo(2);
        assertThat(contents(ledgerDir)).isEqualTo(before);
        assertThat(tmp.resolve("bundle")).doesNotExist();
    }

    /**
     * Cut at several points: H2 either cannot read the rest, or falls back to an older state with
     * fewer records. (A cut through free space at the file's end loses nothing, and verifies.)
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void aTruncatedDatabaseFailsVerifyAndNoCommandRewritesIt(int eighths) throws Exception {
        add(3);
        add(3); // a few more chunks in the file
        long size = Files.size(dbFile());
        try (var channel = java.nio.channels.FileChannel.open(dbFile(), java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size * eighths / 8);
        }
        Map<String, String> before = contents(ledgerDir);

        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(1);
        assertThat(verify.out()).startsWith("evidence ledger verification FAILED");
        CliRunner.Result list = evidence("list");
        assertThat(list.exitCode()).as(list.out()).isNotZero();
        evidence("show", "1");
        assertThat(evidencePart(ledgerRequirement(status())).path("status").asText()).isEqualTo("FAIL");
        assertThat(evidence("add", "--kind", "other", "--requirement", "3.7.5", "--system", "all", "--performed-at", "2026-03-01",
                "--by", "alice").exitCode()).isEqualTo(2);
        assertThat(contents(ledgerDir)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aTailDeletedWithSqlIsCaughtThoughTheDatabaseAgreesWithItself(LedgerBackend b) throws Exception {
        useBackend(b);
        add(3);
        String second = hashOfRecord(2);
        sql("DELETE FROM evidence_requirement WHERE record_seq = 3", "DELETE FROM evidence_attachment WHERE record_seq = 3",
                "DELETE FROM evidence_record WHERE seq = 3",
                "UPDATE evidence_chain_head SET record_count = 2, head_hash = '" + second + "' WHERE id = 1");

        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("evidence ledger verification FAILED at EV-000003: EV-000003 missing: the head file "
                + ledgerDir.resolve("evidence-head.json") + " says the ledger had 3 records, but the database ends at EV-000002");

        CliRunner.Result addAgain = evidence("add", "--kind", "other", "--requirement", "3.7.5", "--system", "all",
                "--performed-at", "2026-03-01", "--by", "alice");
        assertThat(addAgain.exitCode()).isEqualTo(2);
        assertThat(addAgain.err()).contains("the database has no EV-000003");
        assertThat(evidencePart(ledgerRequirement(status())).path("summary").asText()).contains("EV-000003 missing");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aCheckpointFromBeforeMoreAppendsStillVerifiesAndAWrongOneFailsNamingTheRecord(LedgerBackend b) throws Exception {
        useBackend(b);
        add(2);
        String early = checkpoint();
        assertThat(early).isEqualTo("2:" + hashOfRecord(2));
        add(2);

        CliRunner.Result ok = evidence("verify", "--checkpoint", early);
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("intact: 4 records").endsWith("; 1 checkpoint found in the ledger\n");
        assertThat(evidence("verify", "--checkpoint", "EV-000002:" + hashOfRecord(2).toUpperCase()).exitCode()).isZero();

        String forged = "2:" + hashOfRecord(3);
        CliRunner.Result wrong = evidence("verify", "--checkpoint", forged);
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.out()).startsWith("evidence ledger verification FAILED at EV-000002: EV-000002 does not match checkpoint "
                + forged + ": its hash is now " + hashOfRecord(2));

        CliRunner.Result beyond = evidence("verify", "--checkpoint", "9:" + hashOfRecord(4));
        assertThat(beyond.exitCode()).isEqualTo(1);
        assertThat(beyond.out()).contains("EV-000009 missing: checkpoint 9:");

        CliRunner.Result malformed = evidence("verify", "--checkpoint", "2-abc");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("--checkpoint '2-abc' is not SEQ:HASH");
    }

    @Test
    void aCheckpointSurvivesTheLossOfTheWholeLedgerDirectory() throws Exception {
        add(2);
        String kept = checkpoint();
        try (Stream<Path> files = Files.walk(ledgerDir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        CliRunner.Result verify = evidence("verify", "--checkpoint", kept);
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("evidence ledger verification FAILED: no evidence ledger in " + ledgerDir);
        assertThat(evidence("verify").exitCode()).isEqualTo(2); // without a checkpoint: simply no ledger here
        assertThat(ledgerDir).doesNotExist();
    }

    @Test
    void commandsThatOnlyReadLeaveEveryFileByteIdenticalAndCreateNothing() throws Exception {
        add(3);
        Map<String, String> before = contents(ledgerDir);
        assertThat(before).containsKeys("evidence.mv.db", "evidence-head.json", "evidence-keyset.json", "evidence.lock");

        assertThat(evidence("list").exitCode()).isZero();
        assertThat(evidence("list", "--format", "json").exitCode()).isZero();
        assertThat(evidence("show", "2").exitCode()).isZero();
        assertThat(evidence("verify").exitCode()).isZero();
        assertThat(evidence("checkpoint").exitCode()).isZero();
        assertThat(evidence("export", tmp.resolve("bundle").toString()).exitCode()).isZero();
        CliRunner.Result status = status();
        assertThat(evidencePart(ledgerRequirement(status)).path("status").asText()).as(status.out()).isEqualTo("PASS");

        assertThat(contents(ledgerDir)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "show", "verify", "checkpoint", "export", "status"})
    void anEmptyLedgerDirectoryGetsNoDatabaseFromACommandThatReads(String command) throws Exception {
        Files.createDirectories(ledgerDir);
        CliRunner.Result r = switch (command) {
            case "show" -> evidence("show", "1");
            case "export" -> evidence("export", tmp.resolve("bundle").toString());
            case "status" -> status();
            default -> evidence(command);
        };
        if (command.equals("status")) {
            assertThat(evidencePart(ledgerRequirement(r)).path("status").asText()).isEqualTo("NOT_COVERED");
        } else {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("no evidence ledger in " + ledgerDir);
        }
        try (Stream<Path> files = Files.list(ledgerDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aLedgerFromBeforeHeadFilesMustBeAdoptedByACheckpointThatVerifiesFirst() throws Exception {
        add(3);
        Path headFile = ledgerDir.resolve("evidence-head.json");
        Files.delete(headFile);
        Map<String, String> before = contents(ledgerDir);

        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("evidence ledger verification FAILED: there is no head file " + headFile)
                .contains("bulwark evidence checkpoint --write-head");
        assertThat(evidencePart(ledgerRequirement(status())).path("summary").asText()).contains("there is no head file");
        CliRunner.Result addRefused = evidence("add", "--kind", "other", "--requirement", "3.7.5", "--system", "all",
                "--performed-at", "2026-03-01", "--by", "alice");
        assertThat(addRefused.exitCode()).isEqualTo(2);
        assertThat(addRefused.err()).contains("there is no head file");
        assertThat(contents(ledgerDir)).isEqualTo(before);

        // a damaged chain is not adopted
        sql("UPDATE evidence_record SET performed_by = 'mallory' WHERE seq = 2");
        CliRunner.Result refused = evidence("checkpoint", "--write-head");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("FAILED at EV-000002");
        assertThat(headFile).doesNotExist();
        sql("UPDATE evidence_record SET performed_by = 'alice' WHERE seq = 2");

        CliRunner.Result adopted = evidence("checkpoint", "--write-head");
        assertThat(adopted.exitCode()).as(adopted.err()).isZero();
        assertThat(adopted.out()).isEqualTo("3:" + hashOfRecord(3) + "\n");
        assertThat(JSON.readTree(Files.readString(headFile)).path("records").asLong()).isEqualTo(3);
        assertThat(evidence("verify").exitCode()).isZero();
        add(1);
        assertThat(JSON.readTree(Files.readString(headFile)).path("headHash").asText()).isEqualTo(hashOfRecord(4));
    }

    @Test
    void aDamagedHeadFileFailsVerify() throws Exception {
        add(1);
        Files.writeString(ledgerDir.resolve("evidence-head.json"), "{\"records\": \"three\"}");
        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("the head file " + ledgerDir.resolve("evidence-head.json") + " is damaged");
    }

    @Test
    void onPostgresqlReadingCreatesNoTablesAndDroppedTablesFailVerify() throws Exception {
        useBackend(LedgerBackend.POSTGRESQL);
        CliRunner.Result none = evidence("list");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no evidence ledger in the database");
        assertThat(evidencePart(ledgerRequirement(status())).path("status").asText()).isEqualTo("NOT_COVERED");
        try (Connection c = backend.connect(ledgerDir, dbUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'evidence%'")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
        assertThat(ledgerDir).doesNotExist();

        add(2);
        assertThat(ledgerDir.resolve("evidence-head.json")).exists();
        sql("DROP TABLE evidence_requirement", "DROP TABLE evidence_attachment", "DROP TABLE evidence_record",
                "DROP TABLE evidence_blob", "DROP TABLE evidence_key_check", "DROP TABLE evidence_chain_head",
                "DROP TABLE evidence_schema_history");
        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("has no ledger tables, but the head file");
        assertThat(evidencePart(ledgerRequirement(status())).path("status").asText()).isEqualTo("FAIL");
    }
}
