package dev.bulwark.cli;

import dev.bulwark.source.export.ExportFixtures;
import dev.bulwark.source.git.ApprovalScenario;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against generated input: valid files with random edits (Terraform, workflow and
 * configuration YAML, CSV and JSON exports, pull-request exports, ledger files) given to the
 * commands that load them. Whatever the input, a command ends with a documented exit code, prints
 * no stack trace and no internal error, and leaves the user's files as they were (hashed before and
 * after). Seeds and tries are fixed so a run is repeatable and stays within its time budget.
 */
@Tag("robustness")
class CliRobustnessTest {
    /** Byte sequences that matter to one parser or another, including broken UTF-8 and a byte-order mark. */
    private static final List<byte[]> FRAGMENTS = Stream.of(
                    "{", "}", "[", "]", "(", ")", "\"", "'", ",", ":", ";", "=", "\n", "\r\n", "\t", " ", "#", "//", "/*", "*/",
                    "${", "%{", "<<EOT\n", "EOT\n", "\\", "- ", "  ", "---\n", "&a ", "*a", "!Ref ", "? ", "|\n", ">-\n", "null", "true",
                    "0", "-1", "1e309", "99999999999999999999", "2026-13-45T25:61:00Z", "\"\"", "é", "😀", "\u0000", "<!DOCTYPE x [", "&x;")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).collect(Collectors.toList());

    static {
        FRAGMENTS.add(new byte[] {(byte) 0xC3, 0x28});              // a broken two-byte sequence
        FRAGMENTS.add(new byte[] {(byte) 0xFF, (byte) 0xFE});       // never valid UTF-8
        FRAGMENTS.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark
    }

    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: ");
    private static final Set<Integer> DOCUMENTED_EXIT_CODES = Arrays.stream(ExitCode.values()).map(c -> c.code).collect(Collectors.toSet());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static final String WORKFLOW = """
            name: CI
            on:
              pull_request:
              push:
                branches: [main]
            permissions:
              contents: read
            jobs:
              plan:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                  - run: terraform init && terraform plan
                  - uses: aquasecurity/trivy-action@master
                    with:
                      scan-type: config
            """;
    private static final String CONFIG = """
            fail_on: HIGH
            settings:
              log_retention_days: 365
            changes:
              approval: either
              lookback_days: 90
            systems:
              - name: api
                critical: true
            """;

    private static Path work;
    private static ApprovalScenario repository;
    private static byte[] pullRequests;
    private static Path ledgerTemplate;

    @BeforeContainer
    static void setUp() throws IOException {
        EvidenceCommand.clock = CLOCK;
        EvidenceCommand.environment = Map::of;
        work = Files.createTempDirectory("bulwark-robustness");
        repository = ApprovalScenario.build(work.resolve("repo"));
        pullRequests = Files.readAllBytes(repository.writeBundle(work.resolve("pull-requests.json")));
        ledgerTemplate = work.resolve("ledger");
        CliRunner.Result r = CliRunner.run("ingest", "roster", ExportFixtures.DIR.resolve("roster.csv").toString(),
                "--ledger-dir", ledgerTemplate.toString(), "--by", "Erin", "--performed-at", "2026-05-01");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
        deleteTree(work);
    }

    // ---- generated input ----

    /** Random edits of a seed: delete, insert a fragment, replace with one, duplicate, truncate, flip a byte. */
    private static Arbitrary<byte[]> mutated(Arbitrary<byte[]> seeds) {
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE - 1),
                        Arbitraries.integers().between(0, 16),
                        Arbitraries.integers().between(0, FRAGMENTS.size() - 1))
                .as((kind, at, length, fragment) -> new int[] {kind, at, length, fragment})
                .list().ofMinSize(0).ofMaxSize(4);
        return Combinators.combine(seeds, edits).as(CliRobustnessTest::mutate);
    }

    private static byte[] mutate(byte[] seed, List<int[]> edits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] s = seed;
        for (int[] edit : edits) {
            int at = edit[1] % (s.length + 1);
            int end = Math.min(s.length, at + edit[2]);
            byte[] fragment = FRAGMENTS.get(edit[3]);
            out.reset();
            out.write(s, 0, at);
            switch (edit[0]) {
                case 0 -> out.write(s, end, s.length - end);
                case 1 -> { out.writeBytes(fragment); out.write(s, at, s.length - at); }
                case 2 -> { out.writeBytes(fragment); out.write(s, end, s.length - end); }
                case 3 -> { out.write(s, at, end - at); out.write(s, at, s.length - at); }
                case 4 -> { }                                   // truncate at 'at'
                default -> {
                    if (at < s.length) { out.write(s[at] ^ (1 << (edit[2] % 8))); out.write(s, at + 1, s.length - at - 1); }
                }
            }
            s = out.toByteArray();
        }
        return s;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<byte[]> terraform() {
        List<byte[]> seeds;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/hcl-corpus"))) {
            seeds = files.filter(p -> p.toString().endsWith(".tf")).sorted().map(CliRobustnessTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mutated(Arbitraries.of(seeds));
    }

    @Provide
    Arbitrary<byte[]> workflow() {
        return mutated(Arbitraries.just(utf8(WORKFLOW)));
    }

    @Provide
    Arbitrary<byte[]> config() {
        return mutated(Arbitraries.just(utf8(CONFIG)));
    }

    /** An export kind with a fixture of that kind, edited. */
    @Provide
    Arbitrary<Map.Entry<String, byte[]>> export() {
        Map<String, String> fixtures = new TreeMap<>(Map.of("credential-report", "credential-report.csv", "roster", "roster.csv",
                "terminations", "terminations.csv", "trivy", "trivy-api.json", "grype", "grype-worker.json", "xccdf", "xccdf-results.xml",
                "lynis", "lynis-report.dat"));
        return Arbitraries.of(fixtures.keySet()).flatMap(kind ->
                mutated(Arbitraries.just(ExportFixtures.bytes(fixtures.get(kind)))).map(bytes -> Map.entry(kind, bytes)));
    }

    @Provide
    Arbitrary<byte[]> pullRequestExport() {
        return mutated(Arbitraries.just(pullRequests));
    }

    /** Which file of the ledger directory to edit (by its position in name order), and the edits. */
    @Provide
    Arbitrary<Map.Entry<Integer, List<int[]>>> ledgerEdit() {
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE - 1),
                        Arbitraries.integers().between(1, 64),
                        Arbitraries.integers().between(0, FRAGMENTS.size() - 1))
                .as((kind, at, length, fragment) -> new int[] {kind, at, length, fragment})
                .list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(Arbitraries.integers().between(0, 99), edits).as(Map::entry);
    }

    // ---- properties ----

    @Property(tries = 20, seed = "9001")
    void scanTakesAnyTerraform(@ForAll("terraform") byte[] tf) throws IOException {
        Path dir = fresh("scan-tf");
        Files.write(dir.resolve("main.tf"), tf);
        runAndCheck(dir, "scan", dir.toString(), "--format", "json");
        runAndCheck(dir, "inspect", dir.toString());
    }

    @Property(tries = 20, seed = "9002")
    void scanTakesAnyWorkflowAndConfiguration(@ForAll("workflow") byte[] workflow, @ForAll("config") byte[] config) throws IOException {
        Path dir = fresh("scan-yaml");
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.write(dir.resolve(".github/workflows/ci.yml"), workflow);
        Files.write(dir.resolve(".bulwark.yaml"), config);
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"logs\" {}\n");
        runAndCheck(dir, "scan", dir.toString());
    }

    @Property(tries = 30, seed = "9003")
    void ingestTakesAnyExport(@ForAll("export") Map.Entry<String, byte[]> export) throws IOException {
        Path dir = fresh("ingest");
        Path file = dir.resolve("export.in");
        Files.write(file, export.getValue());
        runAndCheck(dir, "ingest", export.getKey(), file.toString(), "--ledger-dir", work.resolve("ingest-ledger").toString(),
                "--by", "Erin", "--performed-at", "2026-05-01");
    }

    @Property(tries = 20, seed = "9004")
    void changesTakesAnyPullRequestExport(@ForAll("pullRequestExport") byte[] export, @ForAll("config") byte[] config) throws IOException {
        Path dir = fresh("changes");
        Path file = dir.resolve("pull-requests.json");
        Files.write(file, export);
        Files.write(dir.resolve("changes.yaml"), config);
        Map<String, String> repo = hashes(repository.dir);
        runAndCheck(dir, "changes", repository.dir.toString(), "--pull-requests", file.toString(), "--since", "2026-03-01",
                "--until", "2026-05-31", "--config", dir.resolve("changes.yaml").toString());
        assertThat(hashes(repository.dir)).as("the repository is left as it was").isEqualTo(repo);
    }

    @Property(tries = 16, seed = "9005")
    void readingEvidenceCommandsTakeAnyLedgerFilesAndLeaveThemAlone(@ForAll("ledgerEdit") Map.Entry<Integer, List<int[]>> edit) throws IOException {
        Path dir = editedLedger(edit);
        // Every file is compared, the database's own included: reading commands open it read-only.
        for (String command : List.of("verify", "list", "checkpoint")) runAndCheck(dir, "evidence", command, "--ledger-dir", dir.toString());
    }

    /** A copy of the template ledger with one of its files edited. */
    private static Path editedLedger(Map.Entry<Integer, List<int[]>> edit) throws IOException {
        Path dir = fresh("ledger-copy");
        copyTree(ledgerTemplate, dir);
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        Path target = files.get(edit.getKey() % files.size());
        Files.write(target, mutate(Files.readAllBytes(target), edit.getValue()));
        return dir;
    }

    // ---- checks ----

    /** Runs the command; checks the exit code, stderr and that every file under {@code userFiles} is unchanged. */
    private static void runAndCheck(Path userFiles, String... args) {
        runAndCheck(userFiles, name -> true, args);
    }

    /** As {@link #runAndCheck(Path, String...)}, comparing only the files whose relative path {@code compared} accepts. */
    private static void runAndCheck(Path userFiles, Predicate<String> compared, String... args) {
        Map<String, String> before = hashes(userFiles, compared);
        CliRunner.Result r = CliRunner.run(args);
        String shown = String.join(" ", args) + "\nstderr:\n" + r.err();
        assertThat(DOCUMENTED_EXIT_CODES).as("exit code %d of %s", r.exitCode(), shown).contains(r.exitCode());
        assertThat(r.err()).as(shown).doesNotContainPattern(STACK_TRACE).doesNotContain("internal error");
        assertThat(hashes(userFiles, compared)).as("files under %s after %s", userFiles, shown).isEqualTo(before);
    }

    private static Map<String, String> hashes(Path dir) {
        return hashes(dir, name -> true);
    }

    /** Path (relative) → SHA-256 of every regular file under {@code dir} whose relative path {@code compared} accepts. */
    private static Map<String, String> hashes(Path dir, Predicate<String> compared) {
        try (Stream<Path> all = Files.walk(dir)) {
            Map<String, String> out = new TreeMap<>();
            for (Path p : all.filter(Files::isRegularFile).filter(f -> compared.test(dir.relativize(f).toString())).toList()) {
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path fresh(String name) throws IOException {
        Path dir = work.resolve(name);
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
