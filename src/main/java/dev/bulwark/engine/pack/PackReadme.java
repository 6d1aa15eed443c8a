package dev.bulwark.engine.pack;

import dev.bulwark.evidence.ExportSummary;
import dev.bulwark.process.LineStatus;
import dev.bulwark.process.PolicyStatus;
import dev.bulwark.report.ScanReport;
import dev.bulwark.rule.Status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The pack's README.txt: what the pack is, what each file is, and how to check it. */
public final class PackReadme {
    private PackReadme() {}

    /** What the README says about this pack. */
    public record Facts(Instant generatedAt, String toolVersion, String project, String configFile, AuditPeriod period,
                        ExportSummary evidence, int recordsInPeriod, PolicyStatus status, ScanReport scan) {}

    /** What each top-level file is; the evidence export is described by folder. */
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("README.txt", "this file");
        FILES.put("SHA256SUMS", "SHA-256 of every other file in the pack (check: sha256sum -c SHA256SUMS)");
        FILES.put("pack.json", "when and from what the pack was made, the period, the evidence chain head, the totals");
        FILES.put("status.html", "the policy status, requirement by requirement: open in any browser, print to PDF");
        FILES.put("status.txt", "the same status as plain text");
        FILES.put("status.json", "the same status for tools");
        FILES.put("status.oscal.json", "the same status as OSCAL 1.1.3 assessment results (for GRC tools)");
        FILES.put("scan.html", "the configuration scan of the project: every failed finding with its source lines");
        FILES.put("scan.json", "the same scan for tools (bulwark status --results reads it)");
        FILES.put("scan.sarif", "the same scan as SARIF 2.1.0 (code scanning tools)");
        FILES.put("policy.txt", "the policy's requirements with the rules covering each");
        FILES.put("policy.oscal-catalog.json", "the policy as an OSCAL 1.1.3 catalog");
        FILES.put("evidence-in-period.json", "the evidence records performed in the audit period, with all their fields");
        FILES.put("evidence/", "the evidence ledger export: every record, the decrypted attachments, its own README.txt and SHA256SUMS");
    }

    /** "35 requirements: 20 fail, 12 pass, 3 not applicable", as {@code status} ends. */
    public static String statusTotals(PolicyStatus s) {
        List<String> parts = new ArrayList<>();
        for (LineStatus st : LineStatus.values()) {
            long n = s.count(st);
            if (n > 0) parts.add(n + " " + st.label().toLowerCase(Locale.ROOT));
        }
        return s.lines().size() + " requirements: " + String.join(", ", parts);
    }

    /** "42 failed, 109 passed, 41 not applicable, 4 suppressed". */
    public static String scanTotals(ScanReport r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.count(Status.FAIL) + " failed");
        parts.add(r.count(Status.PASS) + " passed");
        if (r.count(Status.UNKNOWN) > 0) parts.add(r.count(Status.UNKNOWN) + " undecided");
        parts.add(r.count(Status.NOT_APPLICABLE) + " not applicable");
        parts.add(r.suppressedCount() + " suppressed");
        return String.join(", ", parts);
    }

    public static String text(Facts f, List<String> files) {
        List<String> l = new ArrayList<>();
        l.add("Bulwark audit pack");
        l.add("");
        l.add("Made at:        " + f.generatedAt().truncatedTo(ChronoUnit.SECONDS) + " by Bulwark " + f.toolVersion());
        l.add("Project:        " + f.project() + (f.configFile() == null ? " (no .bulwark.yaml)" : " (configuration " + f.configFile() + ")"));
        l.add("Policy:         " + f.status().policy().id() + " " + f.status().policy().title());
        l.add("Status:         " + statusTotals(f.status()) + ", as of " + f.status().today());
        l.add("Scan:           " + scanTotals(f.scan()));
        l.add("Evidence:       " + f.evidence().records() + " records, " + f.evidence().attachments() + " attachments; the ledger verified intact;");
        l.add("                chain head " + f.evidence().verification().head().checkpoint() + " (record count:hash)");
        l.add("Audit period:   " + f.period().display() + ": " + f.recordsInPeriod() + " of " + f.evidence().records()
                + " records were performed in it");
        l.add("");
        l.add("Files");
        l.add("");
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            String name = e.getKey();
            boolean present = name.endsWith("/") ? files.stream().anyMatch(x -> x.startsWith(name)) : files.contains(name)
                    || name.equals("README.txt") || name.equals("SHA256SUMS");
            if (present) l.add(String.format("%-27s %s", name, e.getValue()));
        }
        l.add("");
        l.add("How to check this pack");
        l.add("");
        l.add("1. Nothing changed since it was made: in this folder, run");
        l.add("       sha256sum -c SHA256SUMS");
        l.add("   Every line must end in OK.");
        l.add("2. The evidence chain: evidence/README.txt says how each record's hash, the links between");
        l.add("   records and the attachments' hashes are checked by hand. Compare the chain head above with a");
        l.add("   checkpoint kept outside the ledger (bulwark evidence checkpoint prints one): if the ledger still");
        l.add("   holds it, no record up to it was changed.");
        l.add("3. The status and the scan: run bulwark status on the same project and ledger, or");
        l.add("   bulwark status PROJECT --results scan.json for the status from this pack's scan.");
        l.add("");
        l.add("What the dates mean");
        l.add("");
        l.add("The status and the scan describe the project and the ledger when the pack was made (the date");
        l.add("above), not at the end of the audit period. The evidence export holds every record ever made,");
        l.add("so that the chain can be checked whole; evidence-in-period.json lists those whose work was");
        l.add("performed in the period, both days included.");
        l.add("");
        l.add("Made again from the same project, ledger and Bulwark version at the same moment, every file is");
        l.add("the same. The time the pack was made appears in README.txt, pack.json, status.oscal.json,");
        l.add("policy.oscal-catalog.json and evidence/ledger.json (and so in both SHA256SUMS).");
        return String.join("\n", l) + "\n";
    }
}
