package dev.bulwark.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.evidence.crypto.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The chain head kept outside the database, in {@value #FILE_NAME} beside the key file: the number
 * of records the ledger reached and the hash of the last one. A database that is deleted, emptied,
 * truncated or restored from an older copy no longer contains this state, and verification says so.
 * It only moves forward, and is replaced whole (temporary file, flush, rename).
 */
final class HeadFile {
    static final String FILE_NAME = "evidence-head.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    HeadFile(Path ledgerDir) {
        this.file = ledgerDir.resolve(FILE_NAME);
    }

    Path path() {
        return file;
    }

    /** The recorded head; empty when there is no head file. */
    Optional<ChainHead> read() throws LedgerLossException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new LedgerLossException("cannot read the head file " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonNode root = JSON.readTree(text);
            JsonNode records = root == null ? null : root.get("records");
            JsonNode hash = root == null ? null : root.get("headHash");
            if (records == null || !records.canConvertToExactIntegral() || records.asLong() < 0 || hash == null
                    || !Sha256.isHex(hash.asText()) || (records.asLong() == 0 && !hash.asText().equals(Sha256.GENESIS))) {
                throw damaged("it must hold {\"records\": N, \"headHash\": \"<64 hex digits>\"}");
            }
            return Optional.of(new ChainHead(records.asLong(), hash.asText()));
        } catch (JsonProcessingException e) {
            throw damaged("not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /**
     * Refuses a database that does not contain the state this head file records: one with fewer
     * records, or another record at that position. Called before writing to the database, so a
     * lost tail is never papered over by new records. A database without a head file is refused
     * too: without one, nothing outside it says how long the ledger was.
     */
    void requireIn(Connection c) throws SQLException, EvidenceException {
        Optional<ChainHead> expected = read();
        if (expected.isEmpty()) throw missing();
        ChainHead head = expected.get();
        if (head.recordCount() == 0) return;
        Optional<String> stored = LedgerReader.recordHash(c, head.recordCount());
        if (stored.isEmpty()) {
            throw new LedgerLossException("the database has no " + EvidenceIds.forSequence(head.recordCount()) + ", which the head file "
                    + file + " records as the ledger's last record (checkpoint " + head.checkpoint() + "): records were lost,"
                    + " or the database was replaced by an older copy; restore it from a backup (bulwark evidence verify shows the details)");
        }
        if (!stored.get().equals(head.headHash())) {
            throw new LedgerLossException(EvidenceIds.forSequence(head.recordCount()) + " in the database has hash " + stored.get()
                    + ", but the head file " + file + " records " + head.headHash() + " for it: the database was replaced or rewritten"
                    + " (bulwark evidence verify shows the details)");
        }
    }

    /** Why a ledger without a head file is not trusted, and how to give it one. */
    LedgerStorageException missing() {
        return new LedgerStorageException(missingReason());
    }

    String missingReason() {
        return "there is no head file " + file + ", so nothing outside the database records how far the ledger had got"
                + " (a ledger from before head files, or the file was deleted); if the database is complete,"
                + " bulwark evidence checkpoint --write-head verifies it and writes the head file";
    }

    /** Creates the head file of a new ledger; a head file that is already there (another process was first) is kept. */
    void create(ChainHead head) throws LedgerStorageException {
        try {
            OwnerOnlyFiles.createNew(file, json(head));
        } catch (FileAlreadyExistsException raced) {
            // written by a concurrent first use: it is at least as far along
        } catch (IOException e) {
            throw new LedgerStorageException("cannot create the head file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves the head forward to {@code head}; a head file already at or beyond it is left alone, so
     * appends finishing out of order never move it back. Callers hold the ledger directory's lock.
     */
    synchronized void advance(ChainHead head) throws LedgerStorageException {
        try {
            Optional<ChainHead> current = read();
            if (current.isPresent() && current.get().recordCount() >= head.recordCount()) return;
            OwnerOnlyFiles.replace(file, json(head));
        } catch (LedgerLossException e) {
            throw new LedgerStorageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new LedgerStorageException("cannot write the head file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String json(ChainHead head) {
        ObjectNode o = JSON.createObjectNode();
        o.put("records", head.recordCount());
        o.put("headHash", head.headHash());
        return o.toString() + "\n";
    }

    private LedgerLossException damaged(String why) {
        return new LedgerLossException("the head file " + file + " is damaged: " + why);
    }
}
