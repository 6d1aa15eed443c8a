package dev.bulwark.engine.exports;

import dev.bulwark.model.export.AccessKey;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.Leaver;
import dev.bulwark.model.export.LynisReport;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.ReportTime;
import dev.bulwark.model.export.Roster;
import dev.bulwark.model.export.RosterAccount;
import dev.bulwark.model.export.ScanRecord;
import dev.bulwark.model.export.SigningCertificate;
import dev.bulwark.model.export.Terminations;
import dev.bulwark.model.export.VulnerabilityReport;
import dev.bulwark.model.export.Vulnerability;
import dev.bulwark.model.export.XccdfResult;
import dev.bulwark.model.export.XccdfResultValue;
import dev.bulwark.model.export.XccdfTestResult;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an export says about itself, for its evidence record: when it was made, what system it
 * covers, and a one-paragraph description.
 */
public final class ExportFacts {
    /** The scope identity exports are filed under when no system is named: they cover the whole organisation. */
    public static final String ORGANISATION_SCOPE = "all";
    private static final Pattern ACCOUNT = Pattern.compile("^arn:[^:]+:iam::(\\d+):");
    /** Trivy's ArtifactType and Grype's source type for a container image. */
    private static final Set<String> IMAGE_TYPES = Set.of("container_image", "image");

    private ExportFacts() {}

    /**
     * When the export was made. Scanner and baseline results carry their own time (Trivy's
     * CreatedAt, Grype's descriptor timestamp, the XCCDF TestResult end-time, Lynis's
     * report_datetime_end; the latest when there are several). The CSV exports carry none, so
     * their date is the newest time written in them that is not after {@code ingestedAt} (a
     * credential report cannot be older than the last use it records; leavers' future termination
     * dates are not evidence of anything yet), or {@code ingestedAt} when none is. That is a lower
     * bound on when they were exported; ingest them right after exporting, or pass the time.
     * Truncated to whole seconds.
     */
    public static Instant madeAt(ParsedExport export, Instant ingestedAt) {
        List<ScanRecord> scans = export.scans();
        Instant at;
        if (!scans.isEmpty()) {
            at = scans.stream().map(ScanRecord::scannedAt).max(Instant::compareTo).orElseThrow();
        } else {
            at = timesIn(export).filter(t -> !t.isAfter(ingestedAt)).max(Instant::compareTo).orElse(ingestedAt);
        }
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The system a scan covers when none is named: the one thing its scans cover (a host; an image
     * repository without the tag, so that the scan of each new build files under the same system).
     * Empty when it covers several, which needs a name from the person ingesting it. Identity
     * exports cover the organisation: {@value #ORGANISATION_SCOPE}.
     */
    public static Optional<String> defaultSystem(ParsedExport export) {
        if (export.scans().isEmpty()) return Optional.of(ORGANISATION_SCOPE);
        List<String> tracked = trackedAs(export);
        return tracked.size() == 1 ? Optional.of(tracked.get(0)) : Optional.empty();
    }

    /** The distinct targets an export's scans name, in file order. */
    public static Set<String> targets(ParsedExport export) {
        Set<String> out = new LinkedHashSet<>();
        for (ScanRecord s : export.scans()) out.add(s.target());
        return out;
    }

    /**
     * What successive scans of the same thing share: for a container image, its repository
     * without tag or digest (each build scans a new tag, and the new tag's scan replaces the old
     * one's); for anything else, the targets as named. Empty for identity exports.
     */
    public static List<String> trackedAs(ParsedExport export) {
        if (export instanceof VulnerabilityReport r && IMAGE_TYPES.contains(r.targetType())) return List.of(imageRepository(r.target()));
        return List.copyOf(targets(export));
    }

    /** {@code registry:5000/team/app:1.2@sha256:…} → {@code registry:5000/team/app}. */
    static String imageRepository(String reference) {
        String ref = reference;
        int digest = ref.indexOf('@');
        if (digest > 0) ref = ref.substring(0, digest);
        int tag = ref.lastIndexOf(':');
        return tag > ref.lastIndexOf('/') && tag > 0 ? ref.substring(0, tag) : ref;
    }

    /** For people reading the ledger: what the export is and what is in it. */
    public static String describe(ParsedExport export) {
        if (export instanceof VulnerabilityReport r) {
            long fixable = r.vulnerabilities().stream().filter(Vulnerability::fixable).count();
            return tool(r.kind().id(), r.toolVersion()) + " scan of " + r.target() + " (" + r.targetType() + ") at " + r.scannedAt()
                    + ": " + count(r.vulnerabilities().size(), "vulnerability", "vulnerabilities") + ", " + fixable + " with a published fix";
        }
        if (export instanceof XccdfResult x) {
            List<String> parts = new ArrayList<>();
            for (XccdfTestResult t : x.testResults()) {
                parts.add("XCCDF results for " + t.target() + (t.profile().isEmpty() ? "" : " (profile " + t.profile() + ")") + " at " + t.endTime()
                        + ": " + count(t.ruleResults().size(), "rule result", "rule results") + ", " + t.withResult(XccdfResultValue.FAIL).size() + " failing");
            }
            return String.join("; ", parts);
        }
        if (export instanceof LynisReport l) {
            return tool("Lynis", l.lynisVersion()) + " audit of " + l.hostname() + " ending " + l.ended() + ": "
                    + count(l.warnings().size(), "warning", "warnings") + ", " + count(l.suggestions().size(), "suggestion", "suggestions")
                    + (l.hardeningIndex().isPresent() ? ", hardening index " + l.hardeningIndex().getAsInt() : "");
        }
        if (export instanceof CredentialReport c) {
            return "IAM credential report" + account(c).map(a -> " of account " + a).orElse("") + ": " + count(c.users().size(), "user", "users")
                    + (c.root().isPresent() ? ", the root user included" : "");
        }
        if (export instanceof Roster r) {
            long canSignIn = r.accounts().stream().filter(a -> a.status().canSignIn()).count();
            return "identity roster: " + count(r.accounts().size(), "account", "accounts") + ", " + canSignIn + " able to sign in";
        }
        Terminations t = (Terminations) export;
        return "leavers list: " + count(t.leavers().size(), "leaver", "leavers");
    }

    private static Optional<String> account(CredentialReport c) {
        for (CredentialReportUser u : c.users()) {
            Matcher m = ACCOUNT.matcher(u.arn());
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** Every time an identity export records something having happened. */
    private static Stream<Instant> timesIn(ParsedExport export) {
        List<Instant> out = new ArrayList<>();
        if (export instanceof CredentialReport c) {
            for (CredentialReportUser u : c.users()) {
                // password_next_rotation is a deadline, not an event: it says nothing about when the report was made.
                add(out, u.userCreationTime(), u.passwordLastUsed(), u.passwordLastChanged());
                for (AccessKey k : u.accessKeys()) add(out, k.lastRotated(), k.lastUsed());
                for (SigningCertificate cert : u.certificates()) add(out, cert.lastRotated());
            }
        } else if (export instanceof Roster r) {
            for (RosterAccount a : r.accounts()) {
                a.lastLogin().ifPresent(out::add);
                a.statusChanged().ifPresent(out::add);
            }
        } else if (export instanceof Terminations t) {
            for (Leaver l : t.leavers()) out.add(l.terminatedAt());
        }
        return out.stream();
    }

    private static void add(List<Instant> out, ReportTime... times) {
        for (ReportTime t : times) t.asInstant().ifPresent(out::add);
    }

    private static String tool(String name, String version) {
        return version.isEmpty() ? name : name + " " + version;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
