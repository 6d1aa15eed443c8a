package dev.bulwark.engine;

import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceKind;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.evidence.EvidenceRecord;
import dev.bulwark.evidence.LedgerSettings;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.finding.Suppression;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;

import dev.bulwark.process.ProcessStatus;
import dev.bulwark.process.Timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A host baseline in the evidence ledger ({@code bulwark host --record --system NAME}): one
 * {@code vulnerability-scan} record per run, as Lynis and OpenSCAP results are filed, serving the
 * requirements of the host rules that ran. The notes hold the result, one line per finding: status,
 * rule id, resource address and the rule's message, tab-separated. Only what the rules say is kept:
 * no file content and no attribute values beyond the messages, so nothing secret read on the host
 * reaches the ledger. {@code status} reads the latest record of each system back into findings.
 */
public final class HostEvidence {
    static final String PREFIX = "bulwark host: baseline of ";
    private static final String SUPPRESSED = " suppressed";
    private static final int MAX_MESSAGE = 400;
    private static final Comparator<EvidenceRecord> LATER = Comparator
            .comparing((EvidenceRecord r) -> r.performedAt().instant()).thenComparingLong(EvidenceRecord::sequence);

    private HostEvidence() {}

    /** A finding read back from a record: its rule id (which may since have been removed), status, address and message. */
    public record Recorded(String ruleId, Status status, boolean suppressed, String address, String message) {}

    /**
     * Appends the result as a record for {@code system}, performed {@code now} by {@code by}.
     *
     * @param target what was checked, for the first line ("the running system", or the root directory)
     */
    public static EvidenceRecord record(EvidenceLedger ledger, ScanResult result, String target, String system, String by, Instant now)
            throws EvidenceException {
        TreeSet<String> requirements = new TreeSet<>(HostEvidence::byPolicyOrder);
        for (Rule r : result.rules()) requirements.addAll(r.metadata().requirements());
        EvidenceDraft draft = new EvidenceDraft(EvidenceKind.VULNERABILITY_SCAN.slug(), List.copyOf(requirements), system,
                now.truncatedTo(ChronoUnit.SECONDS).toString(), by, null, notes(result, target), List.of(), null);
        return ledger.append(draft);
    }

    /** Opens the ledger (creating it on first use, as {@code ingest} does), appends the result and passes on the ledger's warnings. */
    public static EvidenceRecord store(LedgerSettings settings, ScanResult result, String target, String system, String by, Instant now,
                                       Consumer<String> warnings) throws EvidenceException {
        try (EvidenceLedger l = EvidenceLedger.open(settings)) {
            try {
                return record(l, result, target, system, by, now);
            } finally {
                l.warnings().forEach(warnings);
            }
        }
    }

    static String notes(ScanResult result, String target) {
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Finding f : result.findings()) counts.merge(f.status(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            if (counts.containsKey(s)) parts.add(counts.get(s) + " " + s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        StringBuilder b = new StringBuilder(PREFIX).append(printable(target)).append('\n');
        b.append(result.rules().size()).append(" rules, ").append(parts.isEmpty() ? "no findings" : String.join(", ", parts));
        for (Finding f : result.findings()) {
            String message = printable(f.message());
            if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE - 1) + "…";
            b.append('\n').append(f.status().name()).append(f.suppressed() ? SUPPRESSED : "").append('\t').append(f.rule().id())
                    .append('\t').append(printable(f.resourceAddress())).append('\t').append(message);
        }
        return b.toString();
    }

    /** True for a record this class wrote. */
    public static boolean isHostBaseline(EvidenceRecord r) {
        return r.kind() == EvidenceKind.VULNERABILITY_SCAN && r.notes() != null && r.notes().startsWith(PREFIX);
    }

    /** The latest valid host baseline of each system, by system name. */
    public static Map<String, EvidenceRecord> latestBySystem(EvidenceIndex index) {
        Map<String, EvidenceRecord> out = new java.util.TreeMap<>();
        for (EvidenceRecord r : index.valid()) {
            if (!isHostBaseline(r)) continue;
            out.merge(r.system(), r, (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
        }
        return out;
    }

    /** What was checked, from the record's first line. */
    public static String target(EvidenceRecord r) {
        String first = r.notes().lines().findFirst().orElse(PREFIX);
        return first.substring(PREFIX.length());
    }

    /** The findings a record holds; a line that is not one (a record written by a later version) is left out. */
    public static List<Recorded> findings(EvidenceRecord r) {
        List<Recorded> out = new ArrayList<>();
        List<String> lines = r.notes().lines().toList();
        for (int i = 2; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", 4);
            if (f.length < 4) continue;
            boolean suppressed = f[0].endsWith(SUPPRESSED);
            Optional<Status> status = status(suppressed ? f[0].substring(0, f[0].length() - SUPPRESSED.length()) : f[0]);
            status.ifPresent(s -> out.add(new Recorded(f[1], s, suppressed, f[2], f[3])));
        }
        return out;
    }

    private static Optional<Status> status(String text) {
        try {
            return Optional.of(Status.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The record's findings as findings of today's rules; the address names the system: {@code host:web-1/sshd}. */
    public static List<Finding> asFindings(EvidenceRecord r, Map<String, Rule> rulesById) {
        List<Finding> out = new ArrayList<>();
        SourceLocation at = SourceLocation.ofFile("evidence:" + r.id());
        for (Recorded f : findings(r)) {
            Rule rule = rulesById.get(f.ruleId());
            if (rule == null) continue; // a rule removed since, or skipped by the configuration
            String address = f.address().startsWith("host:") ? "host:" + r.system() + "/" + f.address().substring(5) : r.system() + "/" + f.address();
            out.add(new Finding(rule, f.status(), address, "host-baseline", at, null,
                    f.message() + " (" + r.id() + ", " + r.performedAt().date() + ")",
                    f.suppressed() ? new Suppression("suppressed when recorded", null, at) : null));
        }
        return out;
    }

    /**
     * Whether the system's latest host baseline is recent enough: checked no longer ago than
     * {@code cadenceDays} (the vulnerability-scan cadence, as for Lynis and OpenSCAP results). Overdue is a
     * failure of {@code rule}; the message says when the host was last checked and how it fared.
     */
    public static Finding currency(EvidenceRecord r, Rule rule, int cadenceDays, LocalDate today) {
        Timeliness t = Timeliness.judge(r.performedAt().date(), cadenceDays, today);
        long failed = findings(r).stream().filter(f -> f.status() == Status.FAIL && !f.suppressed()).count();
        String last = "host baseline of " + r.system() + " last checked " + t.last() + " (" + r.id() + " by " + r.performedBy() + ", "
                + target(r) + ", " + (failed == 0 ? "no failures" : failed + (failed == 1 ? " failure" : " failures")) + ")";
        String message = switch (t.status()) {
            case FAIL -> last + ": overdue by " + t.days() + (t.days() == 1 ? " day" : " days") + ", due " + t.due();
            case DUE_SOON -> last + ": " + t.phrase() + ", on " + t.due();
            default -> last + ": current, next due " + t.due();
        };
        message += " (every " + cadenceDays + " days)";
        return new Finding(rule, t.status() == ProcessStatus.FAIL ? Status.FAIL : Status.PASS, "host:" + r.system(), "host-baseline",
                SourceLocation.ofFile("evidence:" + r.id()), null, message, null);
    }

    private static int byPolicyOrder(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    /** Messages quote configuration; the ledger refuses control characters, and tabs and line breaks separate fields here. */
    private static String printable(String s) {
        return s.codePoints().map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }
}
