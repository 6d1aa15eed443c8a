package dev.bulwark.evidence;

import dev.bulwark.evidence.crypto.AttachmentCipher;
import dev.bulwark.evidence.crypto.EvidenceKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark data: an embedded evidence ledger of N records, appended by the ledger's own
 * {@link RecordAppender} (so the chain, key checks and encrypted attachments are what appends
 * produce), with the head file written once at the end rather than flushed to disk per record.
 * Recurring work of every kind on 40 systems, one record in 20 with a small attachment, one in 50 a
 * correction. Usage: GenerateLedger LEDGER_DIR N
 */
public final class GenerateLedger {
    private static final String[][] WORK = {
            {"access-review", "3.3.3"}, {"vulnerability-scan", "3.2.3"}, {"restore-test", "3.6.4"},
            {"key-rotation", "3.4.4"}, {"change-approval", "3.5.1"}, {"document-review", "3.6.5"},
            {"incident-exercise", "3.1.5"}, {"other", "3.7.5"}};

    private GenerateLedger() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path attachment = Files.createTempFile("ledger-bench-", ".txt");
        LedgerSettings settings = LedgerSettings.embedded(dir, Clock.systemUTC());
        long began = System.nanoTime();
        Files.writeString(attachment, "report 0\n");
        try (EvidenceLedger ledger = EvidenceLedger.open(settings)) { // creates the database, head file and key
            ledger.append(draft(0, List.of(attachment)));
        }
        AttachmentCipher cipher = EvidenceKeys.find(dir, Map.of()).orElseThrow().cipher();
        DraftValidator validator = new DraftValidator(settings.requirementExists(), settings.clock());
        HeadFile headFile = new HeadFile(dir);
        EvidenceRecord last = null;
        try (Connection c = DriverManager.getConnection(DatabaseUrls.embedded(dir))) {
            for (int i = 1; i < n; i++) {
                List<Path> files = List.of();
                if (i % 20 == 0) {
                    Files.writeString(attachment, "report " + i + ": 0 critical, " + (i % 7) + " high\n");
                    files = List.of(attachment);
                }
                ValidatedDraft valid = validator.validate(draft(i, files));
                List<RecordAppender.SealedBlob> blobs = new ArrayList<>();
                for (ValidatedDraft.AttachmentContent a : valid.attachments()) {
                    blobs.add(new RecordAppender.SealedBlob(a.sha256(), cipher.primaryKeyId(), cipher.encrypt(a.content(), a.sha256())));
                }
                last = RecordAppender.append(c, valid, blobs, blobs.isEmpty() ? null : cipher, cipher.keyCheck(), Instant.now(),
                        (k, checks) -> { }, headFile);
                if ((i + 1) % 10_000 == 0) System.err.printf("%d records, %.0f s%n", i + 1, (System.nanoTime() - began) / 1e9);
            }
        }
        if (last != null) headFile.advance(new ChainHead(last.sequence(), last.recordHash()));
        Files.delete(attachment);
        System.err.printf("%d records in %.1f s%n", n, (System.nanoTime() - began) / 1e9);
    }

    private static EvidenceDraft draft(int i, List<Path> files) {
        String[] work = WORK[i % WORK.length];
        String supersedes = i % 50 == 0 && i > 0 ? EvidenceIds.forSequence(i) : null; // the record just before this one
        return new EvidenceDraft(work[0], List.of(work[1]), "system-" + (i % 40), LocalDate.of(2020, 1, 1).plusDays(i % 2000).toString(),
                "person-" + (i % 13), i % 3 == 0 ? "lead-" + (i % 5) : null, "generated record " + i, files, supersedes);
    }
}
