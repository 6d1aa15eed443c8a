package dev.bulwark.model.export;

/**
 * One {@code rule-result} of an XCCDF TestResult.
 *
 * @param severity the rule's severity as written (unknown, info, low, medium, high); "unknown" when absent
 * @param title    the rule's title from the benchmark in the same document, or "" when it is not there
 */
public record XccdfRuleResult(int line, String ruleId, XccdfResultValue result, String severity, String title) {}
