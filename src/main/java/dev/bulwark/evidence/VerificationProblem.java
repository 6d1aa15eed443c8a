package dev.bulwark.evidence;

/**
 * One thing verification found wrong, tied to the record it concerns.
 *
 * @param recordId the record that is bad, missing or out of place (for a broken link: the earlier of the two);
 *                 null when the problem is not about one record (no head file)
 * @param message  a sentence naming the record and what is wrong with it
 */
public record VerificationProblem(String recordId, Kind kind, String message) {
    public enum Kind {
        /** The record's stored text does not match its stored hash. */
        RECORD_ALTERED,
        /** A column disagrees with the record's hashed text. */
        FIELD_CHANGED,
        /** A record is gone: a gap in the sequence, or fewer records than the chain head counts. */
        RECORD_MISSING,
        /** A record sits at a position other than the one it was recorded at. */
        RECORD_REORDERED,
        /** A record's previous-hash does not match the record before it. */
        CHAIN_BROKEN,
        /** An attachment's encrypted content is not in the database. */
        ATTACHMENT_MISSING,
        /** An attachment's content does not decrypt, or does not match its hash. */
        ATTACHMENT_ALTERED,
        /** The chain head does not match the last record. */
        HEAD_MISMATCH,
        /** The stored text of a record cannot be read at all. */
        MALFORMED,
        /** The record at a checkpoint's or the head file's position has another hash: the ledger was rewritten. */
        CHECKPOINT_MISMATCH,
        /** There is no head file, so a lost tail could not be detected. */
        HEAD_FILE_MISSING
    }
}
