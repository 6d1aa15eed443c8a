package dev.bulwark.engine.exports;

import dev.bulwark.source.export.ExportReaders;
import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerStorageException;
import dev.bulwark.evidence.PerformedAt;
import dev.bulwark.evidence.Sha256;
import dev.bulwark.source.export.ExportFormatException;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.ScanRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bulwark ingest}: reads export files with their kind's reader and stores each in the
 * evidence ledger with the file attached. Every file is read and checked before anything is
 * stored, so a bad file stores nothing; a file whose content was already ingested as the same kind
 * is not stored again.
 */
public final class ExportIngester {
    /** The ledger's own limits, checked here too so that one file cannot fail after others were stored. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    static final int MAX_TEXT = 1000;
    /** The ledger accepts performed-at up to a day ahead (time zones); so does this. */
    static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private ExportIngester() {}

    /**
     * Reads, parses and checks every file, reporting every problem at once.
     *
     * @param now the time of the ingest: dates after it (plus a day) are refused
     */
    public static List<PreparedExport> prepare(IngestRequest request, Instant now) throws IngestInputException {
        List<String> problems = new ArrayList<>();
        if (request.files().isEmpty()) problems.add("no files given");
        checkText("--system", request.system(), false, problems);
        checkText("--by", request.performedBy(), true, problems);
        PerformedAt given = null;
        if (request.performedAt() != null) {
            given = PerformedAt.parse(request.performedAt()).orElse(null);
            if (given == null) problems.add("--performed-at '" + request.performedAt().strip() + "' is not a date or date-time (use 2026-03-31 or 2026-03-31T14:30:00Z)");
            else if (given.instant().isAfter(now.plus(FUTURE_SLACK))) problems.add("--performed-at " + given.text() + " is in the future");
        }
        List<PreparedExport> out = new ArrayList<>();
        for (Path path : request.files()) {
            prepare(request, path, given, now, problems).ifPresent(out::add);
        }
        if (!problems.isEmpty()) throw new IngestInputException(problems);
        return out;
    }

    private static Optional<PreparedExport> prepare(IngestRequest request, Path path, PerformedAt given, Instant now, List<String> problems) {
        byte[] content = read(path, problems);
        if (content == null) return Optional.empty();
        Path fileName = path.getFileName();
        String name = fileName == null ? path.toString() : fileName.toString();
        ParsedExport export;
        try {
            export = ExportReaders.of(request.kind()).read(name, content);
        } catch (ExportFormatException e) {
            problems.add(path + ":" + e.line() + ": " + e.detail());
            return Optional.empty();
        }
        String system = request.system() != null ? request.system().strip() : ExportFacts.defaultSystem(export).orElse(null);
        if (system == null) {
            problems.add(path + ": the " + request.kind().id() + " results name " + ExportFacts.targets(export).size() + " targets ("
                    + String.join(", ", ExportFacts.targets(export)) + "): pass --system to say which system they cover");
            return Optional.empty();
        }
        if (request.system() == null && !checkText("the target " + system + " of " + path, system, true, problems)) return Optional.empty();
        PerformedAt at = given;
        if (at == null) {
            Instant made = ExportFacts.madeAt(export, now);
            if (made.isAfter(now.plus(FUTURE_SLACK))) {
                Optional<ScanRecord> scan = export.scans().stream().max(Comparator.comparing(ScanRecord::scannedAt));
                String what = scan.map(sc -> sc.line() + ": the " + request.kind().id() + " scan of " + sc.target())
                        .orElse("1: the " + request.kind().id() + " export");
                problems.add(path + ":" + what + " is dated " + made + ", in the future; check the clock of the machine that made it, or pass --performed-at");
                return Optional.empty();
            }
            at = PerformedAt.parse(made.toString()).orElseThrow();
        }
        return Optional.of(new PreparedExport(path, name, content, Sha256.hex(content), export, system, at));
    }

    private static byte[] read(Path path, List<String> problems) {
        try {
            if (Files.isDirectory(path)) {
                problems.add(path + ": is a directory, not an export file");
                return null;
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.add(path + ": is " + size + " bytes; the evidence ledger takes files up to " + MAX_BYTES);
                return null;
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            problems.add(path + ": no such file");
        } catch (IOException e) {
            problems.add(path + ": cannot read: " + e.getMessage());
        }
        return null;
    }

    private static boolean checkText(String what, String value, boolean required, List<String> problems) {
        if (value == null || value.isBlank()) {
            if (required || value != null) problems.add(what + " needs a value");
            return false;
        }
        String t = value.strip();
        if (t.length() > MAX_TEXT) {
            problems.add(what + " is longer than " + MAX_TEXT + " characters");
            return false;
        }
        if (t.chars().anyMatch(Character::isISOControl)) {
            problems.add(what + " contains control characters");
            return false;
        }
        return true;
    }

    /**
     * Stores each prepared file as its own record, unless a valid record already holds the same
     * content as the same kind (or an earlier file of this call did). Records are appended one by
     * one: if the ledger fails part way, the files before are stored and ingesting again skips them.
     */
    public static List<IngestResult> store(EvidenceLedger ledger, IngestRequest request, List<PreparedExport> prepared) throws EvidenceException {
        LedgerExports existing = LedgerExports.load(ledger);
        Map<String, EvidenceRecord> storedNow = new HashMap<>();
        List<IngestResult> out = new ArrayList<>();
        for (PreparedExport p : prepared) {
            Optional<EvidenceRecord> before = existing.withContent(request.kind(), p.sha256()).map(IngestedExport::record)
                    .or(() -> Optional.ofNullable(storedNow.get(p.sha256())));
            if (before.isPresent()) {
                out.add(new IngestResult(p, before.get(), true));
                continue;
            }
            EvidenceRecord r = append(ledger, request, p);
            storedNow.put(p.sha256(), r);
            out.add(new IngestResult(p, r, false));
        }
        return out;
    }

    /** Attaches a private copy of the bytes that were parsed, so a file changed since cannot slip in unchecked. */
    private static EvidenceRecord append(EvidenceLedger ledger, IngestRequest request, PreparedExport p) throws EvidenceException {
        ExportKind kind = request.kind();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bulwark-ingest-"); // owner-only on POSIX systems
            Path copy = Files.write(dir.resolve(p.name()), p.content());
            String notes = IngestNotes.write(kind, List.copyOf(ExportFacts.targets(p.export())), ExportFacts.trackedAs(p.export()),
                    ExportFacts.describe(p.export()));
            EvidenceDraft draft = new EvidenceDraft(ExportEvidence.evidenceKind(kind).slug(), ExportEvidence.requirements(kind), p.system(),
                    p.performedAt().text(), request.performedBy(), null, notes, List.of(copy), null);
            return ledger.append(draft);
        } catch (IOException e) {
            throw new LedgerStorageException("cannot stage " + p.path() + " for the evidence ledger: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a leftover temporary copy is not worth failing an ingest that has been stored
        }
    }
}
