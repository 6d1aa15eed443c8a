package dev.bulwark.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of the chain: how many records it has and the hash of the last one. Printing this hash
 * somewhere the database's owner cannot rewrite (a report, a ticket) anchors everything before it.
 * Written as a checkpoint, {@code SEQ:HASH}, e.g. {@code 12:9f2c…}.
 */
public record ChainHead(long recordCount, String headHash) {
    /** The head of a ledger without records. */
    public static final ChainHead EMPTY = new ChainHead(0, Sha256.GENESIS);

    private static final Pattern CHECKPOINT = Pattern.compile("(?i)(?:EV-?)?(\\d{1,18}):([0-9a-f]{64})");

    /** {@code SEQ:HASH}, the form {@code bulwark evidence checkpoint} prints and {@code verify --checkpoint} reads. */
    public String checkpoint() {
        return recordCount + ":" + headHash;
    }

    /** A checkpoint as typed: {@code 12:HASH} or {@code EV-000012:HASH}, the hash in lower- or upper-case hex. */
    public static Optional<ChainHead> parseCheckpoint(String typed) {
        Matcher m = CHECKPOINT.matcher(typed.strip());
        if (!m.matches()) return Optional.empty();
        return Optional.of(new ChainHead(Long.parseLong(m.group(1)), m.group(2).toLowerCase(Locale.ROOT)));
    }
}
