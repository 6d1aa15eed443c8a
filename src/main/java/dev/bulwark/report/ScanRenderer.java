package dev.bulwark.report;

/** One format of a scan's report; register it in {@link ReportFormats#SCAN}. */
public interface ScanRenderer extends Renderer<ScanReport> {}
