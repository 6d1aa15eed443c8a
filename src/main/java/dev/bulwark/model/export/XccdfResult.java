package dev.bulwark.model.export;

import java.util.List;

/** An XCCDF 1.2 results document (a result Benchmark, a bare TestResult, or an ARF report): its TestResults. */
public record XccdfResult(String file, List<XccdfTestResult> testResults) implements ParsedExport {
    public XccdfResult {
        testResults = List.copyOf(testResults);
    }

    @Override
    public ExportKind kind() {
        return ExportKind.XCCDF;
    }

    @Override
    public List<ScanRecord> scans() {
        return testResults.stream()
                .map(t -> new ScanRecord(ExportKind.XCCDF, t.testSystem(), t.target(), t.endTime(), file, t.line()))
                .toList();
    }
}
