package dev.bulwark.report;

/** One format of an ingest of exports; register it in {@link ReportFormats#INGEST}. */
public interface IngestRenderer extends Renderer<IngestReport> {}
