package dev.bulwark.cli;

import dev.bulwark.engine.EvidenceOperations;
import dev.bulwark.evidence.NoLedgerException;
import dev.bulwark.evidence.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code bulwark evidence checkpoint}: verifies the ledger and prints its head as {@code SEQ:HASH},
 * for an auditor to keep where the ledger's owner cannot change it.
 */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = {"Verifies the ledger and prints its chain head as SEQ:HASH (and nothing else on stdout). Keep it outside",
                "the ledger: bulwark evidence verify --checkpoint SEQ:HASH later proves the ledger still contains that state.",
                "--write-head also writes the head file beside the key file: for a ledger from before head files, or one whose",
                "head file was lost. It is written only if the whole ledger verifies.",
                "Exit 0: printed. Exit 1: the ledger does not verify (nothing printed or written). Exit 2: as for verify."})
final class EvidenceCheckpointCommand implements Callable<Integer> {
    @Option(names = "--write-head", description = "Write the verified head to the head file (created, or moved forward; never back)")
    boolean writeHead;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        return LedgerSession.run("checkpoint", warnings -> {
            EvidenceOperations.Checkpoint checkpoint = EvidenceOperations.checkpoint(ledger::settings, writeHead, warnings);
            VerificationReport report = checkpoint.report();
            if (!report.ok()) {
                EvidenceVerifyCommand.printFailure(report, System.err);
                return ExitCode.FINDINGS.code;
            }
            System.out.println(report.head().checkpoint());
            System.err.println("bulwark: " + EvidenceText.count(report.records(), "record") + " verified"
                    + (checkpoint.headFile() != null ? "; head file " + checkpoint.headFile() + " holds this checkpoint" : "")
                    + "; bulwark evidence verify --checkpoint " + report.head().checkpoint() + " checks the ledger still contains it");
            return ExitCode.OK.code;
        }, e -> {
            if (e instanceof NoLedgerException) return null;
            System.err.println("evidence ledger verification FAILED: " + String.join("; ", e.problems()));
            return ExitCode.FINDINGS.code;
        });
    }
}
