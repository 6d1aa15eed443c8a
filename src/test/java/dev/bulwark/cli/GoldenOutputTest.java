package dev.bulwark.cli;

import dev.bulwark.source.export.ExportFixtures;
import dev.bulwark.source.git.ApprovalScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact output of scan, status, changes and ingest in every format, compared byte for byte with
 * files under {@code src/test/resources/golden}. Only what differs between machines is normalised:
 * temporary directories and git shas made at test time (run from classes, the version is
 * always "development"). After a deliberate
 * change of output, rewrite the files with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String EXAMPLE = StatusFixture.EXAMPLE;

    @TempDir
    Path tmp;

    @BeforeEach
    void fixClock() {
        EvidenceCommand.environment = Map::of;
    }

    @AfterEach
    void restoreClock() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    @Test
    void scanInEveryFormat() throws IOException {
        for (String format : List.of("console", "json", "sarif")) {
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--format", format);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            // SARIF names the source root by its absolute URI: the checkout's place differs between machines.
            compare("scan." + format, r.out(), Map.of(Path.of("").toAbsolutePath().toUri().toString(), "<working-dir-uri>"));
        }
        CliRunner.Result quiet = CliRunner.run("scan", EXAMPLE, "--quiet", "--fail-on", "none");
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        compare("scan-quiet.console", quiet.out(), Map.of());
    }

    @Test
    void statusInEveryFormat() throws Exception {
        EvidenceCommand.clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
        StatusFixture fixture = StatusFixture.make(tmp);
        for (String format : List.of("console", "json")) {
            CliRunner.Result r = fixture.status(format);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            compare("status." + format, r.out(), Map.of(tmp.toString(), "<tmp>"));
        }
        CliRunner.Result empty = CliRunner.run("status", Files.createDirectories(tmp.resolve("empty")).toString(), "--ledger-dir", tmp.resolve("none").toString());
        compare("status-empty.console", empty.out(), Map.of(tmp.toString(), "<tmp>"));
    }

    @Test
    void changesInEveryFormat() throws Exception {
        ApprovalScenario scenario = ApprovalScenario.build(tmp.resolve("repo"));
        Path bundle = scenario.writeBundle(tmp.resolve("pull-requests.json"));
        Map<String, String> replace = new java.util.LinkedHashMap<>();
        scenario.sha.forEach((name, sha) -> replace.put(sha, "<sha:" + name + ">"));
        scenario.sha.forEach((name, sha) -> replace.put(sha.substring(0, 7), "<short:" + name + ">"));
        replace.put(tmp.toString(), "<tmp>");
        for (String format : List.of("console", "json")) {
            CliRunner.Result r = CliRunner.run("changes", "--since", "2026-03-01", "--until", "2026-05-31", scenario.dir.toString(),
                    "--pull-requests", bundle.toString(), "--format", format);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            compare("changes." + format, r.out(), replace);
        }
    }

    @Test
    void ingestInEveryFormat() throws Exception {
        EvidenceCommand.clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
        Path config = tmp.resolve("bulwark.yaml");
        Files.writeString(config, """
                settings:
                  termination_sla_hours: 24
                roles:
                  catalogue: [admin, developer, support, auditor]
                """);
        Map<String, String> replace = Map.of(ExportFixtures.DIR.toString(), "<exports>");
        String[][] runs = {{"console", "trivy", "trivy-api.json"}, {"json", "trivy", "trivy-api.json"},
                {"console", "credential-report", "credential-report.csv"}, {"json", "lynis", "lynis-report.dat"}};
        int n = 0;
        for (String[] run : runs) {
            CliRunner.Result r = CliRunner.run("ingest", run[1], ExportFixtures.DIR.resolve(run[2]).toString(), "--format", run[0],
                    "--ledger-dir", tmp.resolve("ledger").toString(), "--config", config.toString(), "--by", "tester");
            assertThat(r.exitCode()).as(r.err()).isZero();
            compare("ingest-" + (++n) + "-" + run[1] + "." + run[0], r.out(), replace);
        }
    }

    /**
     * Every evidence subcommand's output (stdout, then stderr after a marker) on one ledger, in order:
     * add with an attachment, list, show, verify, checkpoint, export, and the usual mistakes.
     */
    @Test
    void evidenceEveryCommand() throws Exception {
        EvidenceCommand.clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
        Path ledger = tmp.resolve("ledger");
        Path attachment = Files.writeString(tmp.resolve("q1 admins.csv"), "user,role\nalice,admin\n");
        List<String[]> runs = List.of(
                new String[] {"list"},
                new String[] {"verify"},
                new String[] {"add", "--kind", "access-review", "--requirement", "3.3.3", "--system", "payments", "--performed-at",
                        "2026-03-31", "--by", "alice", "--approved-by", "bob", "--attach", attachment.toString(), "--note", "Q1 review"},
                new String[] {"add", "--kind", "restore-test", "--requirement", "3.6.4", "--system", "payments", "--performed-at",
                        "2026-03-20T16:45:00+01:00", "--by", "carol", "--supersedes", "1"},
                new String[] {"add", "--kind", "restore-test", "--requirement", "9.9.9", "--system", "payments", "--performed-at",
                        "2026-03-20", "--by", "carol"},
                new String[] {"list"},
                new String[] {"list", "--format", "json", "--requirement", "3.3.3"},
                new String[] {"list", "--system", "nothing"},
                new String[] {"show", "1"},
                new String[] {"show", "EV-000002", "--format", "json"},
                new String[] {"show", "7"},
                new String[] {"show", "x"},
                new String[] {"verify"},
                new String[] {"verify", "--checkpoint", "2:" + "0".repeat(64)},
                new String[] {"verify", "--checkpoint", "nonsense"},
                new String[] {"checkpoint"},
                new String[] {"export", tmp.resolve("bundle").toString()},
                new String[] {"export", tmp.resolve("bundle").toString()},
                new String[] {"rotate-key"});
        StringBuilder all = new StringBuilder();
        for (String[] run : runs) {
            List<String> args = new ArrayList<>(List.of("evidence"));
            args.addAll(List.of(run));
            args.addAll(List.of("--ledger-dir", ledger.toString()));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            all.append("$ evidence ").append(String.join(" ", run)).append("\n").append(r.out())
                    .append("--- stderr, exit ").append(r.exitCode()).append("\n").append(r.err()).append("\n");
        }
        String keyIdsHidden = all.toString().replaceAll("added key \\d+", "added key <new key id>"); // a random id
        compare("evidence.console", keyIdsHidden, Map.of(tmp.toString(), "<tmp>"));
    }

    private static void compare(String name, String actual, Map<String, String> replacements) throws IOException {
        String normalised = actual;
        List<Map.Entry<String, String>> byLength = new ArrayList<>(replacements.entrySet());
        byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> e : byLength) normalised = normalised.replace(e.getKey(), e.getValue());
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.exists(file)).as(file + " exists (run with -Dgolden.update=true to write it)").isTrue();
        assertThat(normalised).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
