package dev.bulwark.cli;

import dev.bulwark.evidence.VerificationProblem;
import dev.bulwark.evidence.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code bulwark evidence verify}: rechecks every hash, link and attachment; exit 1 names the first bad record. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes every record hash and chain link and decrypts and hashes every attachment.",
                "Exit 0: intact. Exit 1: names the first bad record and what is wrong. Exit 2: wrong key or unreachable database."})
final class EvidenceVerifyCommand implements Callable<Integer> {
    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        return LedgerSession.read("verify", ledger, l -> {
            VerificationReport report = l.verify();
            if (report.ok()) {
                System.out.println("evidence ledger intact: " + EvidenceText.count(report.records(), "record") + ", "
                        + EvidenceText.count(report.attachments(), "attachment") + " checked; chain head " + report.head().headHash());
                return ExitCode.OK.code;
            }
            printFailure(report, System.out);
            return ExitCode.FINDINGS.code;
        });
    }

    static void printFailure(VerificationReport report, PrintStream out) {
        VerificationProblem first = report.firstProblem().orElseThrow();
        out.println("evidence ledger verification FAILED at " + first.recordId() + ": " + first.message());
        if (report.problems().size() > 1) {
            out.println("all problems found (" + report.problems().size() + "), in chain order:");
            for (VerificationProblem p : report.problems()) out.println("  " + p.message());
        }
    }
}
