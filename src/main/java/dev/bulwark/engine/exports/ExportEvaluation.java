package dev.bulwark.engine.exports;

import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;

import java.util.List;

/** The export rules' findings on one ingested export. */
public record ExportEvaluation(IngestedExport source, List<Finding> findings) {
    public ExportEvaluation {
        findings = List.copyOf(findings);
    }

    public long count(Status status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }
}
