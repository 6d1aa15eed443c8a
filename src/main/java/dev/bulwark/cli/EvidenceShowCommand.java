package dev.bulwark.cli;

import dev.bulwark.evidence.EvidenceIds;
import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceInputException;
import dev.bulwark.evidence.EvidenceJson;
import dev.bulwark.evidence.EvidenceRecord;
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
        return LedgerSession.read("show", ledger, l -> {
            String wanted = EvidenceIds.normalise(id)
                    .orElseThrow(() -> new EvidenceInputException("'" + id + "' is not a record id (like EV-000012)"));
            EvidenceIndex index = l.index();
            EvidenceRecord r = index.all().stream().filter(x -> x.id().equals(wanted)).findFirst()
                    .orElseThrow(() -> new EvidenceInputException("there is no record " + wanted
                            + " (the ledger has " + index.all().size() + ")"));
            if (format == EvidenceFormat.json) System.out.print(EvidenceJson.write(EvidenceJson.record(r, index)));
            else EvidenceText.block(r, index, System.out);
            return ExitCode.OK.code;
        });
    }
}
