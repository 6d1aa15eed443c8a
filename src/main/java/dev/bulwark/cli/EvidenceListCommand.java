package dev.bulwark.cli;

import dev.bulwark.evidence.ChainHead;
import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceJson;
import dev.bulwark.evidence.EvidenceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
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
        return LedgerSession.read("list", ledger, l -> {
            EvidenceIndex index = l.index();
            ChainHead head = l.head();
            List<EvidenceRecord> shown = index.all().stream()
                    .filter(r -> requirement == null || r.serves(requirement.trim()))
                    .filter(r -> system == null || r.system().equals(system.trim()))
                    .toList();
            if (format == EvidenceFormat.json) {
                System.out.print(EvidenceJson.write(EvidenceJson.ledger(shown, index, head)));
            } else {
                EvidenceText.table(shown, index, head, System.out);
            }
            return ExitCode.OK.code;
        });
    }
}
