package dev.bulwark.engine.exports;

import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceInputException;
import dev.bulwark.evidence.EvidenceKind;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.rule.ApprovedChange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records approved infrastructure changes ({@code bulwark changes --record}) as
 * {@code change-approval} evidence for 3.5.1: one record per change, performed when it landed, by
 * its author, approved by its approvers. The first line of the notes names the commit, so a
 * change already recorded (by any earlier run, for any system) is not recorded again.
 */
public final class ChangeEvidence {
    public static final String REQUIREMENT = "3.5.1";
    static final String PREFIX = "bulwark changes: commit ";
    private static final int FILES_LISTED = 50;

    private ChangeEvidence() {}

    /** What one call recorded, and which changes were already in the ledger (with their records). */
    public record Recorded(List<EvidenceRecord> stored, List<EvidenceRecord> alreadyRecorded) {
        public Recorded {
            stored = List.copyOf(stored);
            alreadyRecorded = List.copyOf(alreadyRecorded);
        }
    }

    /**
     * Appends a record for each change not yet recorded, in the order given. Every change is checked
     * first, so a change the ledger would refuse stores nothing.
     *
     * @param now the time of the run: a change dated more than a day after it is refused
     */
    public static Recorded record(EvidenceLedger ledger, List<ApprovedChange> changes, String system, Instant now) throws EvidenceException {
        Map<String, EvidenceRecord> recorded = new HashMap<>();
        for (EvidenceRecord r : ledger.index().valid()) {
            String sha = commitOf(r);
            if (sha != null) recorded.putIfAbsent(sha, r);
        }
        List<String> problems = new ArrayList<>();
        for (ApprovedChange c : changes) {
            if (c.when().isAfter(now.plus(ExportIngester.FUTURE_SLACK))) {
                problems.add("commit " + c.sha() + " is dated " + c.when() + ", in the future; check the committer's clock");
            }
            if (c.author().toString().length() > ExportIngester.MAX_TEXT || String.join(", ", c.approvers()).length() > ExportIngester.MAX_TEXT) {
                problems.add("commit " + c.sha() + " names an author or approvers longer than " + ExportIngester.MAX_TEXT + " characters");
            }
        }
        if (!problems.isEmpty()) throw new EvidenceInputException(problems);
        List<EvidenceRecord> stored = new ArrayList<>();
        List<EvidenceRecord> already = new ArrayList<>();
        for (ApprovedChange c : changes) {
            EvidenceRecord before = recorded.get(c.sha());
            if (before != null) {
                if (!already.contains(before) && !stored.contains(before)) already.add(before);
                continue;
            }
            EvidenceRecord r = ledger.append(draft(c, system));
            recorded.put(c.sha(), r);
            stored.add(r);
        }
        return new Recorded(stored, already);
    }

    /** The commit a {@code change-approval} record written here is for, or null for any other record. */
    static String commitOf(EvidenceRecord r) {
        if (r.kind() != EvidenceKind.CHANGE_APPROVAL || r.notes() == null || !r.notes().startsWith(PREFIX)) return null;
        int end = r.notes().indexOf('\n');
        return r.notes().substring(PREFIX.length(), end < 0 ? r.notes().length() : end).strip();
    }

    private static EvidenceDraft draft(ApprovedChange c, String system) {
        String approvers = String.join(", ", c.approvers());
        return new EvidenceDraft(EvidenceKind.CHANGE_APPROVAL.slug(), List.of(REQUIREMENT), system,
                c.when().truncatedTo(ChronoUnit.SECONDS).toString(), printable(c.author().toString()),
                approvers.isBlank() ? null : printable(approvers), notes(c), List.of(), null);
    }

    private static String notes(ApprovedChange c) {
        StringBuilder b = new StringBuilder(PREFIX).append(c.sha()).append('\n');
        b.append("approved by ").append(String.join(", ", c.approvers()));
        b.append(c.pullRequest() != null ? " through pull request #" + c.pullRequest() : " by commit trailer").append('\n');
        if (!c.commits().isEmpty()) b.append("brings in ").append(c.commits().size()).append(c.commits().size() == 1 ? " commit: " : " commits: ")
                .append(listed(c.commits())).append('\n');
        b.append("infrastructure files: ").append(listed(c.files()));
        return b.toString();
    }

    private static String listed(List<String> items) {
        List<String> shown = items.stream().limit(FILES_LISTED).map(ChangeEvidence::printable).toList();
        if (items.size() <= FILES_LISTED) return String.join(", ", shown);
        return String.join(", ", shown) + " and " + (items.size() - FILES_LISTED) + " more";
    }

    /** Names come from commits and code hosts; the ledger refuses control characters in them. */
    private static String printable(String s) {
        return s.codePoints().map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }
}
