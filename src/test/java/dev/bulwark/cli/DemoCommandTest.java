package dev.bulwark.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bulwark demo}: the example's whole policy view from a scratch directory, the example left as it was. */
class DemoCommandTest {
    private static final Path EXAMPLE = Path.of(DemoCommand.EXAMPLE);
    /** The day the README's status screen was taken; the example's documents and exports are dated for it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @BeforeEach
    void fixClock() {
        EvidenceCommand.clock = CLOCK;
        EvidenceCommand.environment = Map::of;
    }

    @AfterEach
    void restoreClock() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    @Test
    void statusOfTheDemoShowsEveryKindOfLine() throws Exception {
        Map<String, String> exampleBefore = digests(EXAMPLE);
        Path dir = tmp.resolve("demo");
        CliRunner.Result r = CliRunner.run("demo", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        String out = r.out();
        assertThat(out).contains("copied " + EXAMPLE + " to " + dir.resolve("aws-platform") + " as a git repository with 3 commits")
                .contains("EV-000010  recorded vulnerability-scan for 3.2.3 on bastion, performed 2026-08-10")
                .contains("$ bulwark status " + dir.resolve("aws-platform") + " --scan --changes --ledger-dir " + dir.resolve("ledger"));
        // The header: configuration, ledger, systems and documents all in use.
        assertThat(out).contains("config:    scan of " + dir.resolve("aws-platform"))
                .contains("evidence:  " + dir.resolve("ledger") + ": 10 records, 10 valid (not superseded); chain verified intact")
                .contains("systems:   orders-api (production, high), orders-db (production, critical), bastion (production, medium)")
                .contains("documents: 3 configured");
        // Configuration.
        assertThat(out).containsPattern("FAIL +3\\.1\\.1 .*\n +config: 4 failed");
        // Evidence: on time and overdue, and due soon.
        assertThat(out).contains("evidence: vulnerability scan every 90 days: bastion overdue by 30 days; 2 current (next due 2027-02-06)")
                .contains("evidence: key rotation every 365 days: orders-api, orders-db and bastion overdue by 35 days")
                .contains("evidence: restore test every 90 days: orders-db due in 10 days")
                .containsPattern("PASS +3\\.3\\.3 +Privileged accounts are reviewed");
        // Documents: two on time (their requirements pass), the hardening baseline overdue.
        assertThat(out).contains("documents: hardening baseline docs/security/hardening-baseline.md review overdue by 63 days")
                .containsPattern("PASS +3\\.6\\.5 ")
                .containsPattern("PASS +3\\.1\\.5 ");
        // Exports: the Trivy reports (the CVE first seen in the older one), the credential report, the roster and leavers.
        assertThat(out).contains("exports and history: 1 failed, 1 passed (BW-VULN-101): CVE-2026-31001 in libssl3 on registry.example.com/orders/api:1.4.0")
                .containsPattern("exports and history: \\d+ failed, \\d+ passed \\(BW-IAM-CRED-001.*: carol")
                .contains("(BW-IDP-002): dave")
                .contains("(BW-IAM-CRED-005, BW-IDP-003): erin@example.com");
        // Change history: the commit pushed without review.
        assertThat(out).containsPattern("exports and history: 1 failed, 1 passed \\(BW-GIT-001\\): [0-9a-f]{7} by Carol Ops");
        assertThat(out).contains("Overdue or never done (5)").contains("Due within 14 days (1)");

        assertThat(digests(EXAMPLE)).as("the example is only read").isEqualTo(exampleBefore);
        assertThat(dir.resolve("ledger")).isDirectory();
        assertThat(EXAMPLE.resolve(".bulwark")).doesNotExist();
        assertThat(EXAMPLE.resolve(".git")).doesNotExist();
    }

    @Test
    void theDemoRefusesADirectoryInUseOrInsideTheExample() throws IOException {
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        CliRunner.Result r = CliRunner.run("demo", used.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bulwark: demo: " + used + " exists and is not an empty directory");
        assertThat(Files.readString(used.resolve("notes.txt"))).isEqualTo("mine");

        Path copy = ScanCommandTest.copyExample(tmp.resolve("example"));
        CliRunner.Result inside = CliRunner.run("demo", copy.resolve("scratch").toString(), "--example", copy.toString());
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).contains("is inside the example " + copy);
        assertThat(copy.resolve("scratch")).doesNotExist();
    }

    @Test
    void theExampleStillScansAsTheReadmeSays() {
        // .bulwark.yaml skips and suppresses nothing: the README's main command still finds the same failures and exits 1.
        CliRunner.Result r = CliRunner.run("scan", EXAMPLE.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("(?m)^45 failed, 0 unknown, 112 passed, 42 not applicable, 5 suppressed — 54 resources in 13 files");
    }

    private static Map<String, String> digests(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
