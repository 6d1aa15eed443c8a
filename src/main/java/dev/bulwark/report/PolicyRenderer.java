package dev.bulwark.report;

/** One format of the policy listing; register it in {@link ReportFormats#POLICY}. */
public interface PolicyRenderer extends Renderer<PolicyReport> {}
