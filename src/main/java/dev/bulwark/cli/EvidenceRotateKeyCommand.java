package dev.bulwark.cli;

import dev.bulwark.engine.EvidenceOperations;
import dev.bulwark.evidence.EvidenceKeyException;
import dev.bulwark.evidence.crypto.EvidenceKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
        try {
            EvidenceOperations.RotatedKey rotated = EvidenceOperations.rotateKey(ledger.ledgerDir, EvidenceCommand.environment.get());
            if (rotated.keysetForEnvironment() != null) {
                System.out.println(rotated.keysetForEnvironment());
                System.err.println("bulwark: the rotated keyset is above: store it in " + EvidenceKeys.ENV
                        + " (it still holds the old keys)");
                return ExitCode.OK.code;
            }
            System.out.println("added key " + rotated.keyId() + " to " + rotated.keyFile()
                    + " as the primary key; older keys are kept for reading existing attachments");
            return ExitCode.OK.code;
        } catch (EvidenceKeyException e) {
            System.err.println("bulwark: evidence rotate-key: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
    }
}
