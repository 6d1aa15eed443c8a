package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.LedgerBackend;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.evidence.Sha256;
import dev.bulwark.report.Schemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bulwark audit-pack} end to end on a project with a configuration, documents and a ledger
 * with attachments: what the pack holds, that {@code sha256sum -c} and a recomputation accept it,
 * that the same inputs give the same files, that it reads the project and the ledger without
 * changing either, and that a non-empty folder, no ledger or a damaged ledger make no pack.
 */
class AuditPackCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MADE = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path tmp;
    private StatusFixture fixture;

    @BeforeEach
    void makeProject() throws Exception {
        EvidenceCommand.clock = Clock.fixed(MADE, ZoneOffset.UTC);
        EvidenceCommand.environment = Map::of;
        fixture = StatusFixture.make(tmp);
        Path attachment = Files.writeString(tmp.resolve("restore log.txt"), "restored payments-db to 2026-02-27T03:00Z in 41 min\n");
        try (EvidenceLedger l = EvidenceLedger.open(LedgerSettings.embedded(fixture.ledgerDir, EvidenceCommand.clock))) {
            l.append(new EvidenceDraft("restore-test", List.of("3.6.4"), "payments", "2026-02-27", "carol", null, "quarterly restore",
                    List.of(attachment), null));
        }
        // The fixture's project has no code: scan the example beside its configuration.
        copyTree(Path.of(StatusFixture.EXAMPLE), fixture.project.resolve("infra"));
    }

    @AfterEach
    void restore() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    private CliRunner.Result pack(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("audit-pack", dir.toString(), "--project", fixture.project.toString(),
                "--ledger-dir", fixture.ledgerDir.toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void packHoldsStatusScanPolicyEvidenceAndAReadmeThatSha256sumAccepts() throws Exception {
        Path dir = tmp.resolve("pack");
        CliRunner.Result r = pack(dir, "--period", "2026-01-01..2026-03-31");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("audit pack written to " + dir + ": 25 files\n")
                .contains("evidence: 4 records (3 in the period 2026-01-01..2026-03-31), verified; chain head 4:")
                .contains("check with: (cd " + dir + " && sha256sum -c SHA256SUMS)");

        List<String> top = files(dir).stream().filter(f -> !f.startsWith("evidence/")).toList();
        assertThat(top).containsExactly("README.txt", "SHA256SUMS", "evidence-in-period.json", "pack.json", "policy.oscal-catalog.json",
                "policy.txt", "scan.html", "scan.json", "scan.sarif", "status.html", "status.json", "status.oscal.json", "status.txt");
        assertThat(Files.readString(dir.resolve("evidence/attachments/EV-000004/restore_log.txt")))
                .isEqualTo("restored payments-db to 2026-02-27T03:00Z in 41 min\n");

        checkSumsInJava(dir);
        checkSumsInJava(dir.resolve("evidence"));

        String readme = Files.readString(dir.resolve("README.txt"));
        for (String f : top) assertThat(readme).as("README names " + f).contains("\n" + f + " ");
        assertThat(readme).contains("Made at:        2026-04-01T09:00:00Z").contains("Audit period:   2026-01-01..2026-03-31: 3 of 4 records")
                .contains("Status:         35 requirements: ").contains("sha256sum -c SHA256SUMS");

        JsonNode period = JSON.readTree(dir.resolve("evidence-in-period.json").toFile());
        List<String> ids = new ArrayList<>();
        period.path("records").forEach(n -> ids.add(n.path("id").asText()));
        assertThat(ids).containsExactly("EV-000001", "EV-000002", "EV-000004"); // EV-000003 was performed in 2025

        assertThat(Schemas.oscalAssessmentResultsErrors(JSON.readTree(dir.resolve("status.oscal.json").toFile()))).isEmpty();
        assertThat(Schemas.oscalCatalogErrors(JSON.readTree(dir.resolve("policy.oscal-catalog.json").toFile()))).isEmpty();
        assertThat(Schemas.sarifErrors(JSON.readTree(dir.resolve("scan.sarif").toFile()))).isEmpty();
        assertThat(Schemas.scanResultsErrors(JSON.readTree(dir.resolve("scan.json").toFile()))).isEmpty();
        assertThat(Files.readString(dir.resolve("status.html"))).contains("Content-Security-Policy");

        // The status in the pack is the one status gives from the pack's own scan.
        CliRunner.Result again = CliRunner.run("status", fixture.project.toString(), "--results", dir.resolve("scan.json").toString(),
                "--ledger-dir", fixture.ledgerDir.toString());
        String lastLine = again.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(Files.readString(dir.resolve("status.txt"))).endsWith(lastLine + "\n");
        assertThat(JSON.readTree(dir.resolve("pack.json").toFile()).path("status").asText()).isEqualTo(lastLine);

        sha256sumAccepts(dir); // last: it edits a file to see the check fail
    }

    @Test
    void sameInputsGiveTheSameFilesAndOnlyTheDocumentedOnesCarryTheTime() throws Exception {
        assertThat(pack(tmp.resolve("one")).exitCode()).isZero();
        assertThat(pack(tmp.resolve("two")).exitCode()).isZero();
        assertThat(contents(tmp.resolve("two"))).isEqualTo(contents(tmp.resolve("one")));

        EvidenceCommand.clock = Clock.fixed(MADE.plusSeconds(3600), ZoneOffset.UTC); // the same day, an hour later
        assertThat(pack(tmp.resolve("later")).exitCode()).isZero();
        Map<String, String> one = contents(tmp.resolve("one"));
        Map<String, String> later = contents(tmp.resolve("later"));
        assertThat(later.keySet()).isEqualTo(one.keySet());
        List<String> differing = one.keySet().stream().filter(f -> !one.get(f).equals(later.get(f))).toList();
        assertThat(differing).containsExactlyInAnyOrder("README.txt", "SHA256SUMS", "pack.json", "status.oscal.json",
                "policy.oscal-catalog.json", "evidence/ledger.json", "evidence/SHA256SUMS");
        assertThat(Files.readString(tmp.resolve("one/README.txt"))).contains("README.txt, pack.json, status.oscal.json,\n"
                + "policy.oscal-catalog.json and evidence/ledger.json (and so in both SHA256SUMS).");
    }

    @Test
    void readsTheProjectAndTheLedgerWithoutChangingThemAndWritesOnlyTheFolder() throws Exception {
        Map<String, String> project = contentsAndTimes(fixture.project);
        Map<String, String> ledger = contentsAndTimes(fixture.ledgerDir);
        List<String> besides = list(tmp);
        assertThat(pack(tmp.resolve("pack")).exitCode()).isZero();
        assertThat(contentsAndTimes(fixture.project)).isEqualTo(project);
        assertThat(contentsAndTimes(fixture.ledgerDir)).isEqualTo(ledger);
        List<String> after = new ArrayList<>(besides);
        after.add("pack");
        assertThat(list(tmp)).containsExactlyInAnyOrderElementsOf(after); // no staging folder left beside it
    }

    @Test
    void anEmptyFolderIsTakenANonEmptyOneRefused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(pack(empty).exitCode()).isZero();
        assertThat(empty.resolve("SHA256SUMS")).exists();

        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        CliRunner.Result r = pack(full);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("bulwark: audit-pack: audit pack directory " + full + " is not empty; make the pack in a new or empty directory\n");
        assertThat(list(full)).containsExactly("notes.txt");

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(pack(file).err()).contains("exists and is not a directory");
    }

    @Test
    void noLedgerMakesNoPackAndCreatesNoLedger() throws Exception {
        Path none = tmp.resolve("no-ledger");
        CliRunner.Result r = CliRunner.run("audit-pack", tmp.resolve("pack").toString(), "--project", fixture.project.toString(),
                "--ledger-dir", none.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("bulwark: audit-pack: evidence ledger: no evidence ledger in " + none);
        assertThat(none).doesNotExist();
        assertThat(tmp.resolve("pack")).doesNotExist();
    }

    @Test
    void aDamagedLedgerMakesNoPack() throws Exception {
        try (Connection c = LedgerBackend.H2.connect(fixture.ledgerDir, null);
             Statement s = c.createStatement()) {
            s.execute("UPDATE evidence_record SET performed_by = 'mallory' WHERE seq = 2");
        }
        Map<String, String> ledger = contentsAndTimes(fixture.ledgerDir);
        CliRunner.Result r = pack(tmp.resolve("pack"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("bulwark: audit-pack: the evidence ledger does not verify, so no pack was made: EV-000002: field"
                + " performedBy was changed");
        assertThat(tmp.resolve("pack")).doesNotExist();
        assertThat(list(tmp)).noneMatch(n -> n.contains("partial"));
        assertThat(contentsAndTimes(fixture.ledgerDir)).isEqualTo(ledger);
    }

    @Test
    void aPeriodThatIsNotTwoDatesInOrderIsAUsageError() {
        for (String[] bad : new String[][] {{"2026-01-01", "FROM..TO"}, {"2026-06-30..2026-01-01", "ends before it starts"},
                {"2026-01-01..June", "'June' is not a date"}}) {
            CliRunner.Result r = pack(tmp.resolve("pack"), "--period", bad[0]);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains(bad[1]);
            assertThat(tmp.resolve("pack")).doesNotExist();
        }
    }

    /** Every line of SHA256SUMS matches its file, and every file but SHA256SUMS has a line. */
    private static void checkSumsInJava(Path dir) throws IOException {
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("SHA256SUMS"))) {
            assertThat(line).matches("[0-9a-f]{64}  [A-Za-z0-9._+/-]+");
            listed.put(line.substring(66), line.substring(0, 64));
        }
        List<String> files = files(dir).stream().filter(f -> !f.equals("SHA256SUMS")).toList();
        assertThat(listed.keySet()).containsExactlyElementsOf(files);
        for (Map.Entry<String, String> e : listed.entrySet()) {
            assertThat(Sha256.hex(Files.readAllBytes(dir.resolve(e.getKey())))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    /** The real {@code sha256sum -c}, where the machine has it. */
    private static void sha256sumAccepts(Path dir) throws Exception {
        Process check;
        try {
            check = new ProcessBuilder("sha256sum", "-c", "--strict", "SHA256SUMS").directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return;
        }
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(said).isZero();
        assertThat(said.lines().filter(l -> l.endsWith(": OK")).count()).isEqualTo(files(dir).size() - 1);

        Files.writeString(dir.resolve("status.txt"), "edited\n", java.nio.file.StandardOpenOption.APPEND);
        Process tampered = new ProcessBuilder("sha256sum", "-c", "--quiet", "SHA256SUMS").directory(dir.toFile()).redirectErrorStream(true).start();
        String complaint = new String(tampered.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tampered.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tampered.exitValue()).isNotZero();
        assertThat(complaint).contains("status.txt: FAILED");
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String f : files(dir)) out.put(f, Sha256.hex(Files.readAllBytes(dir.resolve(f))));
        return out;
    }

    /** Each file's hash and modification time, and each directory: any write shows. */
    private static Map<String, String> contentsAndTimes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String key = dir.relativize(p).toString();
                out.put(key, Files.isDirectory(p) ? "dir " + Files.getLastModifiedTime(p)
                        : Sha256.hex(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
