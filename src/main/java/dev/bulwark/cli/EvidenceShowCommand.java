package dev.bulwark.cli;

import dev.bulwark.engine.EvidenceOperations;
import dev.bulwark.evidence.EvidenceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code bulwark evidence show ID}: one record with every field. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one evidence record with all its fields and hashes.")
final class EvidenceShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The record, e.g. EV-000012 (or just 12)")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    EvidenceFormat format;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        return LedgerSession.run("show", warnings -> {
            EvidenceOperations.Shown shown = EvidenceOperations.show(ledger::settings, id, warnings);
            if (format == EvidenceFormat.json) System.out.print(EvidenceJson.write(EvidenceJson.record(shown.record(), shown.index())));
            else EvidenceText.block(shown.record(), shown.index(), System.out);
            return ExitCode.OK.code;
        });
    }
}
