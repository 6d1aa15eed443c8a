package dev.bulwark.cli;

import dev.bulwark.engine.EvidenceOperations;
import dev.bulwark.evidence.ChainHead;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.NoLedgerException;
import dev.bulwark.evidence.VerificationProblem;
import dev.bulwark.evidence.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code bulwark evidence verify}: rechecks every hash, link and attachment; exit 1 names the first bad record. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes every record hash and chain link and decrypts and hashes every attachment, and checks that the",
                "database still holds the state recorded in the head file and in each --checkpoint. Opens the database read-only.",
                "Exit 0: intact. Exit 1: names the first bad record and what is wrong, or says the database is missing, empty,",
                "unreadable or shorter than its head file. Exit 2: wrong key, unreachable database, or no ledger at all."})
final class EvidenceVerifyCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", paramLabel = "SEQ:HASH",
            description = "A chain head kept earlier (bulwark evidence checkpoint prints it): the ledger must still have record SEQ "
                    + "with hash HASH, which proves every record up to it is unchanged (repeatable)")
    List<String> checkpoints = new ArrayList<>();

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        List<ChainHead> kept = new ArrayList<>();
        for (String typed : checkpoints) {
            Optional<ChainHead> cp = ChainHead.parseCheckpoint(typed);
            if (cp.isEmpty()) {
                System.err.println("bulwark: evidence verify: --checkpoint '" + typed + "' is not SEQ:HASH"
                        + " (a record number, a colon and 64 hex digits, as bulwark evidence checkpoint prints)");
                return ExitCode.USAGE_OR_INPUT_ERROR.code;
            }
            kept.add(cp.get());
        }
        return LedgerSession.run("verify", warnings -> {
            VerificationReport report = EvidenceOperations.verify(ledger::settings, kept, warnings);
            if (report.ok()) {
                System.out.println("evidence ledger intact: " + EvidenceText.count(report.records(), "record") + ", "
                        + EvidenceText.count(report.attachments(), "attachment") + " checked; chain head " + report.head().headHash()
                        + (kept.isEmpty() ? "" : "; " + EvidenceText.count(kept.size(), "checkpoint") + " found in the ledger"));
                return ExitCode.OK.code;
            }
            printFailure(report, System.out);
            return ExitCode.FINDINGS.code;
        }, e -> unopenable(e, kept));
    }

    /**
     * A database that is gone, empty or unreadable fails verification. So does no ledger at all when
     * a checkpoint says there were records; without one it is the usual "no ledger here" (exit 2).
     */
    private static Integer unopenable(EvidenceException e, List<ChainHead> kept) {
        boolean expectedRecords = kept.stream().anyMatch(cp -> cp.recordCount() > 0);
        if (e instanceof NoLedgerException && !expectedRecords) return null;
        System.out.println("evidence ledger verification FAILED: " + String.join("; ", e.problems()));
        return ExitCode.FINDINGS.code;
    }

    static void printFailure(VerificationReport report, PrintStream out) {
        VerificationProblem first = report.firstProblem().orElseThrow();
        out.println("evidence ledger verification FAILED" + (first.recordId() == null ? "" : " at " + first.recordId()) + ": "
                + first.message());
        if (report.problems().size() > 1) {
            out.println("all problems found (" + report.problems().size() + "), in chain order:");
            for (VerificationProblem p : report.problems()) out.println("  " + p.message());
        }
    }
}
