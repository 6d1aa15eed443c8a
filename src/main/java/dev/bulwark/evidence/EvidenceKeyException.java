package dev.bulwark.evidence;

import java.util.List;

/** The attachment key is missing, unreadable, or not the key the ledger's attachments were encrypted with. */
public final class EvidenceKeyException extends EvidenceException {
    public EvidenceKeyException(String problem) {
        super(List.of(problem), null);
    }

    public EvidenceKeyException(String problem, Throwable cause) {
        super(List.of(problem), cause);
    }
}
