package dev.bulwark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/** {@code bulwark evidence}: the append-only, hash-chained ledger of evidence that recurring work was done. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = {"Records and checks evidence of recurring work (access reviews, scans, restore tests, ...).",
                "Records are append-only and hash-chained; attachments are stored encrypted."},
        subcommands = {EvidenceAddCommand.class, EvidenceListCommand.class, EvidenceShowCommand.class,
                EvidenceVerifyCommand.class, EvidenceCheckpointCommand.class, EvidenceExportCommand.class, EvidenceRotateKeyCommand.class})
final class EvidenceCommand implements Runnable {
    /** The clock records are stamped with; tests fix it. */
    static Clock clock = Clock.systemUTC();
    /** Where the key and database settings are read from; tests replace it. */
    static Supplier<Map<String, String>> environment = System::getenv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: add, list, show, verify, checkpoint, export or rotate-key");
    }
}
