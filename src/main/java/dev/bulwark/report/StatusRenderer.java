package dev.bulwark.report;

/** One format of the policy status; register it in {@link ReportFormats#STATUS}. */
public interface StatusRenderer extends Renderer<StatusReport> {}
