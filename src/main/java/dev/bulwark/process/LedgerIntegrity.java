package dev.bulwark.process;

import dev.bulwark.evidence.VerificationProblem;
import dev.bulwark.evidence.VerificationReport;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Rule;

/** The 3.7.5 result from verifying the evidence ledger: intact, broken (naming the first bad record), or not checkable. */
public final class LedgerIntegrity {
    private static final String REQUIREMENT = "3.7.5";

    private LedgerIntegrity() {}

    /** @param ledger where the ledger is, as shown to people (its directory or redacted JDBC URL) */
    public static ProcessResult judge(Rule rule, VerificationReport report, String ledger) {
        if (report.ok()) {
            String head = report.head() == null || report.head().headHash() == null ? "" : "; chain head " + report.head().headHash();
            return result(rule, ProcessStatus.PASS, ledger, "evidence ledger intact: " + count(report.records(), "record") + " and "
                    + count(report.attachments(), "attachment") + " verified" + head, null);
        }
        VerificationProblem first = report.firstProblem().orElseThrow();
        int more = report.problems().size() - 1;
        return result(rule, ProcessStatus.FAIL, ledger, "evidence ledger damaged: " + first.message()
                + (more > 0 ? " (and " + count(more, "more problem") + "; bulwark evidence verify lists them)" : ""), first.recordId());
    }

    /** The ledger's database is missing, empty, unreadable or behind its head file: records may be lost. */
    public static ProcessResult lost(Rule rule, String ledger, String reason) {
        return result(rule, ProcessStatus.FAIL, ledger, "evidence ledger lost or damaged: " + reason, null);
    }

    /** The ledger could not be verified (for example its attachments are encrypted and no key is available). */
    public static ProcessResult unverifiable(Rule rule, String ledger, String reason) {
        return result(rule, ProcessStatus.UNKNOWN, ledger, "evidence ledger not verified: " + reason, null);
    }

    private static ProcessResult result(Rule rule, ProcessStatus status, String ledger, String message, String recordId) {
        return new ProcessResult(rule, status, REQUIREMENT, "ledger:" + ledger, "evidence:ledger", SourceLocation.ofFile(ledger), message,
                null, recordId);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
