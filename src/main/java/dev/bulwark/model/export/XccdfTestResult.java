package dev.bulwark.model.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One XCCDF 1.2 {@code TestResult}: one evaluation of a benchmark profile on one target host.
 *
 * @param line       where the TestResult element starts
 * @param target     the first {@code target} (the host name the scanner recorded)
 * @param benchmark  the benchmark's id or href, or ""
 * @param profile    the profile idref, or ""
 * @param testSystem the scanner's CPE name, or ""
 */
public record XccdfTestResult(int line, String id, String target, List<String> targetAddresses, String benchmark, String profile,
                              String testSystem, Optional<Instant> startTime, Instant endTime,
                              List<XccdfRuleResult> ruleResults, List<XccdfScore> scores) {
    public XccdfTestResult {
        targetAddresses = List.copyOf(targetAddresses);
        ruleResults = List.copyOf(ruleResults);
        scores = List.copyOf(scores);
    }

    public List<XccdfRuleResult> withResult(XccdfResultValue value) {
        return ruleResults.stream().filter(r -> r.result() == value).toList();
    }
}
