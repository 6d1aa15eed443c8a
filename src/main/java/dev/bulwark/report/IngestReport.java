package dev.bulwark.report;

import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;

import java.nio.file.Path;
import java.util.List;

/**
 * What an ingest report is written from: the export kind's id and, per file, the record that holds
 * it (new, or the one that already did) and the export rules' findings on it.
 */
public record IngestReport(String kind, List<File> files) {
    /**
     * One ingested file.
     *
     * @param path             as the user named it
     * @param name             the attachment's file name
     * @param alreadyIngested  the same content of the same kind was stored before, so nothing new was
     */
    public record File(Path path, String name, String sha256, boolean alreadyIngested, EvidenceRecord record, List<Finding> findings) {
        public File {
            findings = List.copyOf(findings);
        }

        public long count(Status status) {
            return findings.stream().filter(f -> f.status() == status).count();
        }
    }

    public IngestReport {
        files = List.copyOf(files);
    }

    public long stored() {
        return files.stream().filter(f -> !f.alreadyIngested()).count();
    }

    public long total(Status status) {
        return files.stream().mapToLong(f -> f.count(status)).sum();
    }
}
