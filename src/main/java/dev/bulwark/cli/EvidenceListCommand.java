package dev.bulwark.cli;

import dev.bulwark.engine.EvidenceOperations;
import dev.bulwark.evidence.EvidenceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code bulwark evidence list}: every record, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the evidence records in the order they were recorded.")
final class EvidenceListCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = "text or json (json: every record with all its fields)")
    EvidenceFormat format;

    @Option(names = "--requirement", paramLabel = "ID", description = "Only records serving this requirement")
    String requirement;

    @Option(names = "--system", paramLabel = "NAME", description = "Only records for this system")
    String system;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        return LedgerSession.run("list", warnings -> {
            EvidenceOperations.Listing listing = EvidenceOperations.list(ledger::settings, requirement, system, warnings);
            if (format == EvidenceFormat.json) {
                System.out.print(EvidenceJson.write(EvidenceJson.ledger(listing.records(), listing.index(), listing.head())));
            } else {
                EvidenceText.table(listing.records(), listing.index(), listing.head(), System.out);
            }
            return ExitCode.OK.code;
        });
    }
}
