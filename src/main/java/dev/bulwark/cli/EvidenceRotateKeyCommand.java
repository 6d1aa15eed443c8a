package dev.bulwark.cli;

import dev.bulwark.evidence.EvidenceKeyException;
import dev.bulwark.evidence.crypto.EvidenceKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bulwark evidence rotate-key}: adds a new primary key to the keyset. New attachments are
 * encrypted with it; the old keys stay so existing attachments remain readable.
 */
@Command(name = "rotate-key", mixinStandardHelpOptions = true,
        description = {"Adds a new AES-256-GCM key to the attachment keyset and makes it the one new attachments use.",
                "Old keys stay in the keyset, so attachments they encrypted stay readable.",
                "With " + EvidenceKeys.ENV + " set, prints the rotated keyset for you to store there instead."})
final class EvidenceRotateKeyCommand implements Callable<Integer> {
    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        Map<String, String> env = EvidenceCommand.environment.get();
        try {
            String fromEnv = env.get(EvidenceKeys.ENV);
            if (fromEnv != null && !fromEnv.isBlank()) {
                System.out.println(EvidenceKeys.rotated(fromEnv, "the environment variable " + EvidenceKeys.ENV));
                System.err.println("bulwark: the rotated keyset is above: store it in " + EvidenceKeys.ENV
                        + " (it still holds the old keys)");
                return ExitCode.OK.code;
            }
            if (!Files.exists(EvidenceKeys.keyFile(ledger.ledgerDir))) {
                throw new EvidenceKeyException("there is no key file " + EvidenceKeys.keyFile(ledger.ledgerDir)
                        + " to rotate (it is created with the first attachment)");
            }
            long id = EvidenceKeys.rotateFile(ledger.ledgerDir);
            System.out.println("added key " + id + " to " + EvidenceKeys.keyFile(ledger.ledgerDir)
                    + " as the primary key; older keys are kept for reading existing attachments");
            return ExitCode.OK.code;
        } catch (EvidenceKeyException e) {
            System.err.println("bulwark: evidence rotate-key: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
    }
}
