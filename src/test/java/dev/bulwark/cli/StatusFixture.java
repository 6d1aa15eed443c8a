package dev.bulwark.cli;

import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.LedgerSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project for {@code bulwark status}: systems and documents in {@code .bulwark.yaml}, a saved scan
 * of the bundled example, and a ledger with a current, a due-soon and an overdue record. Made under
 * a temporary directory; the clock must be fixed (EvidenceCommand.clock) before {@link #make}.
 */
final class StatusFixture {
    static final String EXAMPLE = "examples/aws-platform";

    final Path project;
    final Path results;
    final Path ledgerDir;

    private StatusFixture(Path project, Path results, Path ledgerDir) {
        this.project = project;
        this.results = results;
        this.ledgerDir = ledgerDir;
    }

    static StatusFixture make(Path tmp) throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve(".bulwark.yaml"), """
                systems:
                  - name: payments
                    environment: production
                    criticality: critical
                  - name: wiki
                    environment: staging
                    criticality: low
                documents:
                  incident_response_plan: docs/incident-response.md
                  runbooks:
                    - path: docs/runbooks/payments.md
                      systems: [payments]
                """);
        Files.createDirectories(project.resolve("docs/runbooks"));
        Files.writeString(project.resolve("docs/incident-response.md"), "---\nlast_reviewed: 2026-01-15\n---\n# Incident response plan\n");
        Files.writeString(project.resolve("docs/runbooks/payments.md"), "# Recovering payments\nLast reviewed: 2026-03-01\n\nRTO: 4h\n");
        Path results = tmp.resolve("results.json");
        CliRunner.Result scan = CliRunner.run("scan", EXAMPLE, "--format", "json", "--output", results.toString());
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(1);
        Files.setLastModifiedTime(results, FileTime.from(Instant.parse("2026-03-31T18:00:00Z"))); // status shows when it was written
        Path ledgerDir = tmp.resolve("ledger");
        Clock clock = EvidenceCommand.clock;
        try (EvidenceLedger l = EvidenceLedger.open(LedgerSettings.embedded(ledgerDir, clock))) {
            l.append(new EvidenceDraft("vulnerability-scan", List.of("3.2.3"), "payments", "2026-03-20", "alice", "bob", null, List.of(), null));
            l.append(new EvidenceDraft("access-review", List.of("3.3.3"), "all", "2026-01-05", "alice", "bob", null, List.of(), null));
            l.append(new EvidenceDraft("restore-test", List.of("3.6.4"), "payments", "2025-10-01", "alice", null, null, List.of(), null));
        }
        return new StatusFixture(project, results, ledgerDir);
    }

    CliRunner.Result status(String format) {
        return CliRunner.run("status", project.toString(), "--results", results.toString(), "--format", format,
                "--ledger-dir", ledgerDir.toString());
    }
}
