package dev.bulwark.cli;

import dev.bulwark.engine.EvidenceOperations;
import dev.bulwark.evidence.ExportSummary;
import dev.bulwark.evidence.NoLedgerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code bulwark evidence export DIR}: the auditor's bundle, from a ledger that verifies. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every record as JSON, the decrypted attachments and a SHA256SUMS manifest into DIR,",
                "after verifying the ledger. DIR must not exist or be empty; nothing is overwritten."})
final class EvidenceExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A new or empty directory")
    Path dir;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        return LedgerSession.run("export", warnings -> {
            ExportSummary s = EvidenceOperations.export(ledger::settings, dir, warnings);
            if (!s.written()) {
                EvidenceVerifyCommand.printFailure(s.verification(), System.out);
                System.out.println("nothing exported: the ledger does not verify");
                return ExitCode.FINDINGS.code;
            }
            System.out.println("exported " + EvidenceText.count(s.records(), "record") + " and "
                    + EvidenceText.count(s.attachments(), "attachment") + " to " + dir
                    + "; chain head " + s.verification().head().headHash());
            System.out.println("check with: (cd " + dir + " && sha256sum -c SHA256SUMS)");
            return ExitCode.OK.code;
        }, e -> {
            if (e instanceof NoLedgerException) return null;
            System.out.println("evidence ledger verification FAILED: " + String.join("; ", e.problems()));
            System.out.println("nothing exported: the ledger does not verify");
            return ExitCode.FINDINGS.code;
        });
    }
}
