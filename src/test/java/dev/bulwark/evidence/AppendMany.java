package dev.bulwark.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A separate process for the concurrency test: waits for a start signal, then appends records one
 * at a time, opening and closing the ledger for each as separate command invocations would.
 * Arguments: LEDGER_DIR DB_URL|- COUNT TAG GO_FILE.
 */
public final class AppendMany {
    private AppendMany() {}

    public static void main(String[] args) throws Exception {
        Path ledgerDir = Path.of(args[0]);
        String url = "-".equals(args[1]) ? null : args[1];
        int count = Integer.parseInt(args[2]);
        String tag = args[3];
        Path go = Path.of(args[4]);
        Path attachment = Files.createTempFile("append-many-", ".txt");
        Files.writeString(attachment, "evidence from " + tag);
        System.out.println("ready");
        System.out.flush();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(go)) {
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("no start signal");
            Thread.sleep(5);
        }
        LedgerSettings settings = LedgerSettings.embedded(ledgerDir, java.time.Clock.systemUTC()).withDatabase(url, null, null);
        for (int i = 0; i < count; i++) {
            try (EvidenceLedger ledger = EvidenceLedger.open(settings)) {
                List<Path> files = i % 2 == 0 ? List.of(attachment) : List.of();
                ledger.append(new EvidenceDraft("other", List.of("3.7.5"), "all", "2026-03-01", tag, null, tag + "-" + i, files, null));
            }
        }
        Files.delete(attachment);
        System.out.println("done");
    }
}
