package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.evidence.LedgerBackend;
import dev.bulwark.evidence.crypto.EvidenceKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bulwark evidence} end to end, on the embedded database and on PostgreSQL: add records with
 * attachments, list, show, export a bundle that the real {@code sha256sum -c} accepts, then tamper
 * with the database and watch {@code verify} name the record.
 */
class EvidenceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path ledgerDir;
    private LedgerBackend backend;
    private String dbUrl;

    @BeforeEach
    void fixClockAndEnvironment() {
        EvidenceCommand.clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
        EvidenceCommand.environment = Map::of;
    }

    @AfterEach
    void restoreClockAndEnvironment() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    private void useBackend(LedgerBackend b) {
        backend = b;
        ledgerDir = tmp.resolve(".bulwark");
        dbUrl = b.databaseUrl(ledgerDir);
    }

    /** Runs {@code bulwark evidence SUBCOMMAND ...} against this test's ledger. */
    private CliRunner.Result evidence(String... args) {
        List<String> all = new ArrayList<>(List.of("evidence"));
        all.addAll(List.of(args));
        all.add("--ledger-dir");
        all.add(ledgerDir.toString());
        if (dbUrl != null) {
            all.add("--db");
            all.add(dbUrl);
        }
        return CliRunner.run(all.toArray(String[]::new));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = backend.connect(ledgerDir, dbUrl); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private Path file(String name, String content) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private void addThreeRecords() throws Exception {
        Path review = file("q1-admins.csv", "user,role\nalice,admin\nbob,admin\n");
        Path scan = file("scan report.txt", "0 critical, 2 high\n");
        CliRunner.Result a = evidence("add", "--kind", "access-review", "--requirement", "3.3.3", "--system", "payments-prod",
                "--performed-at", "2026-03-31", "--by", "alice", "--approved-by", "bob", "--attach", review.toString(),
                "--note", "Q1 review of privileged accounts");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(a.out()).startsWith("recorded EV-000001: access-review for 3.3.3 on payments-prod, performed 2026-03-31"
                + " by alice (1 attachment)\nchain head: 1 record, ");
        CliRunner.Result b = evidence("add", "--kind", "vulnerability-scan", "--requirement", "3.2.3", "--requirement", "3.2.4",
                "--system", "payments-prod", "--performed-at", "2026-03-20T16:45:00+01:00", "--by", "carol",
                "--attach", scan.toString(), "--attach", review.toString());
        assertThat(b.exitCode()).as(b.err()).isZero();
        CliRunner.Result c = evidence("add", "--kind", "access-review", "--requirement", "3.3.3", "--system", "payments-prod",
                "--performed-at", "2026-03-30", "--by", "alice", "--supersedes", "1", "--note", "the review finished on the 30th");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("recorded EV-000003").contains("superseding EV-000001");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void addListShowExportThenTamperingMakesVerifyNameTheRecord(LedgerBackend b) throws Exception {
        useBackend(b);
        addThreeRecords();

        CliRunner.Result list = evidence("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("EV-000001  2026-03-31").contains("superseded by EV-000003")
                .contains("EV-000002  2026-03-20T16:45+01:00  vulnerability-scan  3.2.3,3.2.4")
                .contains("3 of 3 records; chain head ");

        JsonNode json = JSON.readTree(evidence("list", "--format", "json").out());
        assertThat(json.path("records")).hasSize(3);
        String headHash = json.path("chain").path("headHash").asText();
        assertThat(json.path("records").get(2).path("recordHash").asText()).isEqualTo(headHash);
        assertThat(json.path("records").get(0).path("supersededBy").asText()).isEqualTo("EV-000003");
        assertThat(json.path("records").get(1).path("attachments").get(0).path("name").asText()).isEqualTo("scan report.txt");
        assertThat(JSON.readTree(evidence("list", "--format", "json", "--requirement", "3.2.4").out()).path("records")).hasSize(1);

        CliRunner.Result show = evidence("show", "EV-000001");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("approved by    bob").contains("notes          Q1 review of privileged accounts")
                .contains("q1-admins.csv  32 bytes  sha256 ").contains("recorded at    2026-04-01T09:00:00Z")
                .contains("superseded by  EV-000003");
        assertThat(JSON.readTree(evidence("show", "2", "--format", "json").out()).path("performedBy").asText()).isEqualTo("carol");
        CliRunner.Result noSuch = evidence("show", "99");
        assertThat(noSuch.exitCode()).isEqualTo(2);
        assertThat(noSuch.err()).contains("there is no record EV-000099");

        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).isEqualTo("evidence ledger intact: 3 records, 3 attachments checked; chain head " + headHash + "\n");

        checkExport(headHash);

        // 1. change a field
        sql("UPDATE evidence_record SET performed_by = 'mallory' WHERE seq = 2");
        CliRunner.Result changed = evidence("verify");
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).startsWith("evidence ledger verification FAILED at EV-000002: EV-000002: field performedBy was"
                + " changed: the database has 'mallory' but the hashed record has 'carol'");
        sql("UPDATE evidence_record SET performed_by = 'carol' WHERE seq = 2");
        assertThat(evidence("verify").exitCode()).isZero();

        // 2. swap an attachment's stored blob for another's
        String reviewSha = json.path("records").get(0).path("attachments").get(0).path("sha256").asText();
        String scanSha = json.path("records").get(1).path("attachments").get(0).path("sha256").asText();
        byte[] original = blob(reviewSha);
        setBlob(reviewSha, blob(scanSha));
        CliRunner.Result swapped = evidence("verify");
        assertThat(swapped.exitCode()).isEqualTo(1);
        assertThat(swapped.out()).startsWith("evidence ledger verification FAILED at EV-000001: EV-000001: attachment"
                + " 'q1-admins.csv' (sha256 " + reviewSha + ") does not decrypt under its content hash");
        CliRunner.Result refused = evidence("export", tmp.resolve("second-bundle").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("nothing exported");
        assertThat(tmp.resolve("second-bundle")).doesNotExist();
        setBlob(reviewSha, original);
        assertThat(evidence("verify").exitCode()).isZero();

        // 3. delete a row
        sql("DELETE FROM evidence_attachment WHERE record_seq = 2");
        sql("DELETE FROM evidence_requirement WHERE record_seq = 2");
        sql("DELETE FROM evidence_record WHERE seq = 2");
        CliRunner.Result deleted = evidence("verify");
        assertThat(deleted.exitCode()).isEqualTo(1);
        assertThat(deleted.out()).startsWith("evidence ledger verification FAILED at EV-000002: EV-000002 missing: the ledger"
                + " jumps from EV-000001 to EV-000003");
    }

    private void checkExport(String headHash) throws Exception {
        Path bundle = tmp.resolve("bundle");
        CliRunner.Result export = evidence("export", bundle.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("exported 3 records and 3 attachments to " + bundle);

        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(bundle.toFile()).redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(checked).isZero();
        assertThat(checked).contains("attachments/EV-000001/q1-admins.csv: OK").contains("attachments/EV-000002/scan_report.txt: OK")
                .contains("records/EV-000003.canonical.json: OK").contains("ledger.json: OK").doesNotContain("FAILED");
        try (Stream<Path> files = Files.walk(bundle)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(12); // 6 record files, 3 attachments, manifest, README, sums
        }
        assertThat(Files.readString(bundle.resolve("attachments/EV-000001/q1-admins.csv"))).isEqualTo("user,role\nalice,admin\nbob,admin\n");
        JsonNode record = JSON.readTree(bundle.resolve("records/EV-000003.json").toFile());
        byte[] canonical = Files.readAllBytes(bundle.resolve("records/EV-000003.canonical.json"));
        assertThat(dev.bulwark.evidence.Sha256.hex(canonical)).isEqualTo(record.path("recordHash").asText()).isEqualTo(headHash);
        assertThat(JSON.readTree(bundle.resolve("ledger.json").toFile()).path("chain").path("headHash").asText()).isEqualTo(headHash);

        Files.writeString(bundle.resolve("attachments/EV-000001/q1-admins.csv"), "user,role\n");
        Process recheck = new ProcessBuilder("sha256sum", "--quiet", "-c", "SHA256SUMS").directory(bundle.toFile()).redirectErrorStream(true).start();
        recheck.getInputStream().readAllBytes();
        assertThat(recheck.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(recheck.exitValue()).as("sha256sum notices an edited bundle").isNotZero();

        CliRunner.Result again = evidence("export", bundle.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("export directory " + bundle + " is not empty");
    }

    private byte[] blob(String sha) throws Exception {
        try (Connection c = backend.connect(ledgerDir, dbUrl);
             PreparedStatement p = c.prepareStatement("SELECT ciphertext FROM evidence_blob WHERE sha256 = ?")) {
            p.setString(1, sha);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        }
    }

    private void setBlob(String sha, byte[] ciphertext) throws Exception {
        try (Connection c = backend.connect(ledgerDir, dbUrl);
             PreparedStatement p = c.prepareStatement("UPDATE evidence_blob SET ciphertext = ? WHERE sha256 = ?")) {
            p.setBytes(1, ciphertext);
            p.setString(2, sha);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void badInputIsAClearMessageExit2AndNothingWritten(LedgerBackend b) throws Exception {
        useBackend(b);
        addThreeRecords();
        Path ok = file("ok.txt", "fine");
        List<List<String>> cases = List.of(
                List.of("--kind", "pentest", "--requirement", "3.2.3", "--performed-at", "2026-03-01", "--attach", ok.toString()),
                List.of("--kind", "access-review", "--requirement", "3.9.9", "--performed-at", "2026-03-01", "--attach", ok.toString()),
                List.of("--kind", "access-review", "--requirement", "3.3.3", "--performed-at", "March 1st", "--attach", ok.toString()),
                List.of("--kind", "access-review", "--requirement", "3.3.3", "--performed-at", "2026-03-01",
                        "--attach", tmp.resolve("nope.pdf").toString()),
                List.of("--kind", "access-review", "--requirement", "3.3.3", "--performed-at", "2026-03-01", "--supersedes", "EV-000001"));
        List<String> expected = List.of(
                "bulwark: evidence add: unknown evidence kind 'pentest' (use one of: access-review, vulnerability-scan, restore-test,"
                        + " key-rotation, change-approval, document-review, incident-exercise, other)",
                "bulwark: evidence add: unknown requirement id '3.9.9' (bulwark policy lists them)",
                "bulwark: evidence add: --performed-at 'March 1st' is not a date or date-time (use 2026-03-31 or 2026-03-31T14:30:00Z)",
                "bulwark evidence add: --attach: no such file: " + tmp.resolve("nope.pdf"),
                "bulwark: evidence add: --supersedes EV-000001: it is already superseded by EV-000003 (supersede EV-000003 instead)");
        for (int i = 0; i < cases.size(); i++) {
            List<String> args = new ArrayList<>(List.of("add", "--system", "payments-prod", "--by", "alice"));
            args.addAll(cases.get(i));
            CliRunner.Result r = evidence(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines().findFirst()).as(r.err()).contains(expected.get(i));
            assertThat(r.out()).isEmpty();
        }

        // a wrong key: the key file now holds some other keyset
        Files.writeString(ledgerDir.resolve(EvidenceKeys.FILE_NAME), EvidenceKeys.newKeysetJson());
        CliRunner.Result wrongKey = evidence("add", "--kind", "other", "--requirement", "3.7.5", "--system", "all",
                "--performed-at", "2026-03-01", "--by", "alice", "--attach", ok.toString());
        assertThat(wrongKey.exitCode()).isEqualTo(2);
        assertThat(wrongKey.err()).startsWith("bulwark: evidence add: wrong key: this ledger's attachments were encrypted with key id");
        CliRunner.Result wrongKeyVerify = evidence("verify");
        assertThat(wrongKeyVerify.exitCode()).isEqualTo(2);
        assertThat(wrongKeyVerify.err()).contains("wrong key");

        JsonNode after = JSON.readTree(evidence("list", "--format", "json").out());
        assertThat(after.path("chain").path("records").asInt()).as("nothing half-written").isEqualTo(3);
        try (Connection c = backend.connect(ledgerDir, dbUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM evidence_blob")) {
            r.next();
            assertThat(r.getLong(1)).as("two distinct attachments, stored once each").isEqualTo(2);
        }
    }

    @Test
    void rotateKeyKeepsOldAttachmentsReadable() throws Exception {
        useBackend(LedgerBackend.H2);
        addThreeRecords();
        CliRunner.Result rotate = evidence("rotate-key");
        assertThat(rotate.exitCode()).as(rotate.err()).isZero();
        assertThat(rotate.out()).contains("as the primary key; older keys are kept");
        CliRunner.Result add = evidence("add", "--kind", "key-rotation", "--requirement", "3.4.4", "--system", "kms",
                "--performed-at", "2026-04-01", "--by", "frank", "--attach", file("kms.txt", "rotated").toString());
        assertThat(add.exitCode()).as(add.err()).isZero();
        CliRunner.Result verify = evidence("verify");
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("4 records, 4 attachments checked");
    }

    @Test
    void usageErrorsExitWith2() {
        useBackend(LedgerBackend.H2);
        assertThat(CliRunner.run("evidence").exitCode()).isEqualTo(2);
        CliRunner.Result missing = evidence("add", "--kind", "other");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required options");
        CliRunner.Result badDb = CliRunner.run("evidence", "list", "--db", "jdbc:mysql://localhost/x", "--ledger-dir", ledgerDir.toString());
        assertThat(badDb.exitCode()).isEqualTo(2);
        assertThat(badDb.err()).contains("unsupported database URL 'jdbc:mysql://localhost/x'");
        for (String reading : List.of("list", "verify", "export")) {
            CliRunner.Result none = reading.equals("export") ? evidence(reading, tmp.resolve("bundle").toString()) : evidence(reading);
            assertThat(none.exitCode()).as(reading).isEqualTo(2);
            assertThat(none.err()).as(reading).contains("no evidence ledger in " + ledgerDir);
        }
        assertThat(ledgerDir).as("reading creates no ledger").doesNotExist();
    }
}
