package dev.bulwark.engine.exports;

import dev.bulwark.evidence.EvidenceRecord;

/**
 * One file of an ingest: the record now holding it, and whether that record was already there
 * (the same content of the same kind was ingested before, so nothing new was stored).
 */
public record IngestResult(PreparedExport file, EvidenceRecord record, boolean alreadyIngested) {}
