package dev.bulwark.cli;

import dev.bulwark.engine.AuditPackOperation;
import dev.bulwark.engine.AuditPackRequest;
import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.exports.RolesConfigException;
import dev.bulwark.engine.pack.AuditPackException;
import dev.bulwark.engine.pack.AuditPeriod;
import dev.bulwark.engine.pack.LedgerNotIntactException;
import dev.bulwark.engine.pack.PackReadme;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.process.ProcessConfigException;
import dev.bulwark.process.ScanResultsException;
import dev.bulwark.rule.RuleException;
import dev.bulwark.source.git.ChangeInputException;
import dev.bulwark.source.terraform.LoadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark audit-pack DIR}: everything an auditor asks for on fieldwork day, in one checked folder. */
@Command(name = "audit-pack", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes into DIR the policy status (HTML, OSCAL, JSON, text), a scan of the project made now (HTML, JSON, "
                + "SARIF), the policy (text, OSCAL catalog), the evidence ledger export with its attachments, the evidence records "
                + "of the audit period, a README.txt for the auditor and a SHA256SUMS that sha256sum -c checks (see docs/audit-pack.md). "
                + "Only DIR is written; the ledger is opened read-only and must verify.",
                "Exit 0: the pack was written. Exit 1: the ledger does not verify. Exit 2: DIR is not empty, there is no ledger, "
                + "or an option or the configuration is wrong. Nothing is written unless the exit code is 0."})
final class AuditPackCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The pack's folder: new or empty")
    Path dir;

    @Option(names = "--period", paramLabel = "FROM..TO",
            description = "The audit period, e.g. 2026-01-01..2026-06-30 (both days included): the evidence records performed in it "
                    + "are listed in evidence-in-period.json (default: every record)")
    String period;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project to scan, with its .bulwark.yaml (default: the current directory)")
    Path project;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .bulwark.yaml in the project)")
    Path configFile;

    @Option(names = "--changes", description = "The status also judges the change history of the project's git repository (3.5.1), as bulwark changes does.")
    boolean changes;

    @Option(names = "--pull-requests", paramLabel = "FILE", description = "With --changes: the pull requests and reviews (see bulwark changes).")
    Path pullRequests;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.requireDirectories(spec, "--project", List.of(project));
        InputFiles.requireFile(spec, "--config", configFile);
        InputFiles.requireFile(spec, "--pull-requests", pullRequests);
        try {
            AuditPeriod chosen = period == null ? AuditPeriod.ALL : AuditPeriod.parse(period);
            AuditPackRequest request = new AuditPackRequest(dir, project, configFile, chosen, changes, pullRequests,
                    LoadOptions.defaults().asSourceOptions(),
                    ledger::settings, EvidenceCommand.clock, Version.current());
            AuditPackOperation.AuditPack pack;
            try (Progress progress = new Progress("making the audit pack")) {
                pack = AuditPackOperation.run(request, w -> err.println("bulwark: warning: " + w));
            }
            System.out.println("audit pack written to " + dir + ": " + pack.files().size() + " files");
            System.out.println("status: " + PackReadme.statusTotals(pack.status().status()));
            System.out.println("evidence: " + EvidenceText.count(pack.evidence().records(), "record")
                    + (chosen.isAll() ? "" : " (" + pack.recordsInPeriod() + " in the period " + chosen.display() + ")")
                    + ", verified; chain head " + pack.evidence().verification().head().checkpoint());
            System.out.println("check with: (cd " + dir + " && sha256sum -c SHA256SUMS)");
            return ExitCode.OK.code;
        } catch (LedgerNotIntactException e) {
            err.println("bulwark: audit-pack: the evidence ledger does not verify, so no pack was made: " + e.getMessage());
            err.println("bulwark: audit-pack: bulwark evidence verify names every problem");
            return ExitCode.FINDINGS.code;
        } catch (AuditPackException | ProcessConfigException | ScanResultsException | RuleException | Bulwark.ScanSetupException
                 | ScanConfig.ConfigException | RolesConfigException | ChangeInputException e) {
            err.println("bulwark: audit-pack: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } catch (EvidenceException e) {
            for (String p : e.problems()) err.println("bulwark: audit-pack: evidence ledger: " + p);
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } finally {
            err.flush();
        }
    }
}
