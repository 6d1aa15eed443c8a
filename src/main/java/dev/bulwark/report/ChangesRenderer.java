package dev.bulwark.report;

/** One format of a change-approval audit; register it in {@link ReportFormats#CHANGES}. */
public interface ChangesRenderer extends Renderer<ChangesReport> {}
