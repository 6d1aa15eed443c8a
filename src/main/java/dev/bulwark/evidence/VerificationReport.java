package dev.bulwark.evidence;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of rechecking the whole ledger: every record hash, every link, every attachment.
 *
 * @param records     records found in the database
 * @param attachments attachment references checked (an attachment shared by two records counts twice)
 * @param head        the chain head as stored
 * @param problems    everything found wrong, in chain order; empty when the ledger is intact
 */
public record VerificationReport(int records, int attachments, ChainHead head, List<VerificationProblem> problems) {
    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The earliest problem in the chain: the first bad record. */
    public Optional<VerificationProblem> firstProblem() {
        return problems.stream().findFirst();
    }
}
