package dev.bulwark.engine.demo;

import dev.bulwark.engine.exports.ExportIngester;
import dev.bulwark.engine.exports.IngestInputException;
import dev.bulwark.engine.exports.IngestRequest;
import dev.bulwark.engine.exports.IngestResult;
import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.model.export.ExportKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything {@code bulwark demo} sets up in a scratch directory, never in the example itself: a copy
 * of the example with a short git history, and an evidence ledger holding the example's exports and
 * a few records of recurring work, dated from today so that some are on time, one is due soon and
 * some are overdue whenever the demo runs.
 */
public final class DemoWorkspace {
    /** The copy of the example, under the scratch directory. */
    public static final String TREE = "aws-platform";
    /** The ledger directory, under the scratch directory. */
    public static final String LEDGER = "ledger";

    /** One piece of recurring work to record. */
    private record Work(String kind, String requirement, String system, int daysAgo, String by, String approvedBy, String note) {}

    private static final List<Work> WORK = List.of(
            new Work("access-review", "3.3.3", "all", 20, "alice", "bob", "Quarterly review of admin accounts in the IdP and IAM"),
            new Work("key-rotation", "3.4.4", "all", 400, "carol", null, "Yearly rotation of the KMS keys and IAM access keys"),
            new Work("restore-test", "3.6.4", "orders-db", 80, "bob", "alice", "Restored orders-db from the dr vault to a new instance in 3h10m"),
            new Work("vulnerability-scan", "3.2.3", "orders-db", 30, "carol", null, "Inspector findings and engine patch level of orders-db"),
            new Work("vulnerability-scan", "3.2.3", "bastion", 120, "carol", null, "Inspector scan of the bastion host"));

    /** The example's exports: kind, file under exports/, system (null: the default), days before today (null: as the file says). */
    private record Export(ExportKind kind, String file, String system, Integer daysAgo) {}

    private static final List<Export> EXPORTS = List.of(
            new Export(ExportKind.CREDENTIAL_REPORT, "iam-credential-report.csv", null, null),
            new Export(ExportKind.ROSTER, "idp-roster.csv", null, null),
            new Export(ExportKind.TERMINATIONS, "hr-leavers.csv", null, null),
            new Export(ExportKind.TRIVY, "trivy-orders-api-scan1.json", "orders-api", 48),
            new Export(ExportKind.TRIVY, "trivy-orders-api-scan2.json", "orders-api", 2));

    /** What was set up: the copy to run status on, the ledger, and one line per thing recorded. */
    public record Result(Path tree, Path ledgerDir, List<String> steps) {}

    /** A demo that cannot be set up: the example is incomplete, the directory is not empty, an export is rejected. */
    public static final class DemoException extends Exception {
        public DemoException(String message) {
            super(message);
        }
    }

    private DemoWorkspace() {}

    /**
     * Copies {@code example} into {@code dir} (which must be empty or not exist, and lie outside the
     * example), writes its history, and fills the ledger that {@code ledger} points at (its directory
     * must be {@code dir/ledger}).
     */
    public static Result create(Path example, Path dir, LedgerSettings ledger, Clock clock)
            throws DemoException, IOException, EvidenceException {
        Path source = example.toAbsolutePath().normalize();
        Path target = dir.toAbsolutePath().normalize();
        if (target.startsWith(source)) throw new DemoException(dir + " is inside the example " + example + ", which the demo leaves as it is");
        if (!Files.isRegularFile(source.resolve(".bulwark.yaml"))) {
            throw new DemoException(example + " has no .bulwark.yaml: not the bundled example (use --example DIR)");
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) throw new DemoException(dir + " exists and is not an empty directory");
        List<String> steps = new ArrayList<>();
        Path tree = target.resolve(TREE);
        copy(source, tree);
        int commits = DemoHistory.write(tree, clock.instant());
        steps.add("copied " + example + " to " + tree + " as a git repository with " + commits + " commits");
        LocalDate today = LocalDate.now(clock);
        try (EvidenceLedger l = EvidenceLedger.open(ledger)) {
            for (Export e : EXPORTS) {
                String at = e.daysAgo() == null ? null : today.minusDays(e.daysAgo()).toString();
                IngestRequest request = new IngestRequest(e.kind(), List.of(tree.resolve("exports").resolve(e.file())), e.system(), at, "demo");
                for (IngestResult r : ExportIngester.store(l, request, ExportIngester.prepare(request, Instant.now(clock)))) {
                    steps.add(describe(r.record(), "ingested " + e.kind().id() + " exports/" + e.file()));
                }
            }
            for (Work w : WORK) {
                EvidenceDraft draft = new EvidenceDraft(w.kind(), List.of(w.requirement()), w.system(), today.minusDays(w.daysAgo()).toString(),
                        w.by(), w.approvedBy(), w.note(), List.of(), null);
                steps.add(describe(l.append(draft), "recorded " + w.kind()));
            }
        } catch (IngestInputException e) {
            throw new DemoException(String.join("; ", e.problems()));
        }
        return new Result(tree, target.resolve(LEDGER), steps);
    }

    private static String describe(EvidenceRecord r, String what) {
        return r.id() + "  " + what + " for " + String.join(", ", r.requirements()) + " on " + r.system() + ", performed " + r.performedAt();
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
