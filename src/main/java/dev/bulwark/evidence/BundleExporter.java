package dev.bulwark.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes an auditor's bundle: each record as readable JSON and as the exact text its hash covers,
 * the decrypted attachments, a manifest with the chain head, and {@code SHA256SUMS} for
 * {@code sha256sum -c}. The bundle is assembled in a hidden sibling directory and renamed into
 * place, so the target either holds a whole bundle or is left as it was.
 */
final class BundleExporter {
    /** Decrypted, hash-checked content of an attachment. */
    interface AttachmentOpener {
        byte[] open(Attachment a) throws EvidenceException;
    }

    private final Path target;
    private final Map<String, byte[]> files = new TreeMap<>();

    BundleExporter(Path target) {
        this.target = target;
    }

    /** Refuses a target that exists and is not an empty directory; never touches what is there. */
    static void checkTarget(Path target) throws EvidenceInputException {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) throw new EvidenceInputException("export target " + target + " exists and is not a directory");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new EvidenceInputException("export directory " + target + " is not empty; export into a new or empty directory");
            }
        } catch (IOException e) {
            throw new EvidenceInputException("cannot read export directory " + target + ": " + e.getMessage());
        }
    }

    int write(List<RecordRow> rows, EvidenceIndex index, ChainHead head, Instant exportedAt, AttachmentOpener opener)
            throws EvidenceException {
        checkTarget(target);
        int attachments = 0;
        for (int i = 0; i < rows.size(); i++) {
            RecordRow row = rows.get(i);
            EvidenceRecord record = index.all().get(i);
            put("records/" + record.id() + ".json", EvidenceJson.write(EvidenceJson.record(record, index)));
            files.put("records/" + record.id() + ".canonical.json", row.canonical().getBytes(StandardCharsets.UTF_8));
            Set<String> used = new HashSet<>();
            for (Attachment a : record.attachments()) {
                files.put("attachments/" + record.id() + "/" + uniqueName(a.name(), used), opener.open(a));
                attachments++;
            }
        }
        put("ledger.json", EvidenceJson.write(EvidenceJson.bundleManifest(head, exportedAt, rows.size(), attachments)));
        put("README.txt", readme());
        StringBuilder sums = new StringBuilder();
        for (Map.Entry<String, byte[]> f : files.entrySet()) sums.append(Sha256.hex(f.getValue())).append("  ").append(f.getKey()).append('\n');
        put("SHA256SUMS", sums.toString());
        store();
        return files.size() - 1;
    }

    private void put(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Attachment names become safe file names: no directories, no characters sha256sum would escape. */
    static String uniqueName(String name, Set<String> used) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._+-]", "_");
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) base = "attachment";
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) candidate = n + "-" + base;
        return candidate;
    }

    private void store() throws LedgerStorageException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = staging.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            if (Files.isDirectory(absolute)) Files.delete(absolute); // empty, as checkTarget saw; fails if that changed
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
        } catch (IOException e) {
            throw new LedgerStorageException("cannot write the export bundle to " + target + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) deleteQuietly(staging);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover hidden staging directory is harmless
        }
    }

    private static String readme() {
        List<String> lines = new ArrayList<>();
        lines.add("Bulwark evidence ledger export");
        lines.add("");
        lines.add("ledger.json                       when this was exported, how many records, and the chain head hash");
        lines.add("records/EV-NNNNNN.json            each record, readable (supersededBy is derived, not hashed)");
        lines.add("records/EV-NNNNNN.canonical.json  the exact text the record's hash covers");
        lines.add("attachments/EV-NNNNNN/...         the record's attachments, decrypted");
        lines.add("SHA256SUMS                        SHA-256 of every other file");
        lines.add("");
        lines.add("To check that nothing in this directory changed since the export:");
        lines.add("    sha256sum -c SHA256SUMS");
        lines.add("");
        lines.add("To check a record's hash: the SHA-256 of records/EV-NNNNNN.canonical.json (as listed in");
        lines.add("SHA256SUMS) equals recordHash in records/EV-NNNNNN.json. Each record's previousHash equals the");
        lines.add("recordHash of the record before it (64 zeros for the first), and the last record's hash");
        lines.add("equals headHash in ledger.json. An attachment's SHA-256 equals the sha256 the record gives for it.");
        lines.add("Compare headHash with a copy kept elsewhere (a report, a ticket) to know the chain was not");
        lines.add("rebuilt as a whole.");
        return String.join("\n", lines) + "\n";
    }
}
