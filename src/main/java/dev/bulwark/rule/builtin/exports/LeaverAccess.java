package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.AccessKey;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.Leaver;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.Roster;
import dev.bulwark.model.export.RosterAccount;
import dev.bulwark.model.export.SigningCertificate;
import dev.bulwark.model.export.Terminations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Access ends on termination: for each leaver, every account found for them (in the identity
 * rosters by email, in the credential reports through the email → IAM user mapping) is neither
 * still able to sign in nor used after the termination time plus {@code termination_sla_hours}.
 * Failures say how many hours past that deadline. Judged as of the context's time, which should
 * be when the roster and credential report were exported.
 */
public final class LeaverAccess implements ExportCheck {
    static final String SETTING = "termination_sla_hours";

    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.TERMINATIONS);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        Terminations terminations = Exports.as(export, Terminations.class, getClass());
        List<Roster> rosters = context.related(Roster.class);
        List<CredentialReport> reports = context.related(CredentialReport.class);
        long sla = context.number(SETTING);
        List<ExportOutcome> out = new ArrayList<>();
        for (Leaver leaver : terminations.leavers()) {
            Deadline d = new Deadline(leaver, leaver.terminatedAt().plus(Duration.ofHours(sla)), sla, context.now());
            out.addAll(leaver(d, rosters, reports, context.iamUserFor(leaver.email()), terminations.file()));
        }
        return out;
    }

    /** Every account found for one leaver, or one outcome saying why none could be judged. */
    private static List<ExportOutcome> leaver(Deadline d, List<Roster> rosters, List<CredentialReport> reports, String iamUser, String file) {
        Leaver leaver = d.leaver();
        if (rosters.isEmpty() && reports.isEmpty()) {
            return List.of(ExportOutcome.unknown(leaver.email(), d.who() + ": no identity roster or credential report to look the leaver up in",
                    file, leaver.line()));
        }
        List<ExportOutcome> out = new ArrayList<>();
        for (Roster roster : rosters) {
            roster.byEmail(leaver.email()).ifPresent(a -> out.add(rosterAccount(d, roster, a, file)));
        }
        List<String> searched = new ArrayList<>();
        if (iamUser != null && reports.isEmpty()) {
            out.add(ExportOutcome.unknown(leaver.email(), d.who() + ": IAM user " + iamUser
                    + " is mapped to this email, but no credential report is given to check it in", file, leaver.line()));
        } else if (iamUser != null) {
            for (CredentialReport report : reports) {
                CredentialReportUser u = report.user(iamUser).orElse(null);
                if (u == null) searched.add(report.file());
                else out.add(iamUser(d, report, u, file));
            }
        }
        if (!out.isEmpty()) return out;
        if (rosters.isEmpty() && iamUser == null) {
            return List.of(ExportOutcome.unknown(leaver.email(), d.who() + ": no identity roster is given and no IAM user is mapped to this email, "
                    + "so no account can be tied to the leaver", file, leaver.line()));
        }
        List<String> absent = new ArrayList<>();
        if (!rosters.isEmpty()) absent.add("no account in " + String.join(", ", rosters.stream().map(Roster::file).toList()));
        if (iamUser != null) absent.add("IAM user " + iamUser + " is not in " + String.join(", ", searched));
        else absent.add("no IAM user is mapped to this email");
        return List.of(ExportOutcome.pass(leaver.email(), d.who() + ": " + String.join("; ", absent), file, leaver.line()));
    }

    private static ExportOutcome rosterAccount(Deadline d, Roster roster, RosterAccount a, String file) {
        String account = "roster account " + a.user() + " (" + roster.file() + ":" + a.line() + ")";
        List<String> problems = new ArrayList<>();
        String state;
        if (a.status().canSignIn()) {
            state = account + " is still " + a.status().text() + d.withinSla();
            if (d.passed()) problems.add(d.stillEnabled(account + " is still " + a.status().text()));
        } else if (a.statusChanged().isPresent()) {
            Instant changed = a.statusChanged().get();
            String when = account + " was " + a.status().text() + " at " + changed;
            state = when + ", within the " + d.slaText();
            if (changed.isAfter(d.at())) problems.add(when + ", " + Ages.lateBy(Duration.between(d.at(), changed)) + " past the " + d.slaText());
        } else {
            state = account + " is " + a.status().text() + " (the roster does not say since when)";
        }
        a.lastLogin().filter(t -> t.isAfter(d.at()))
                .ifPresent(t -> problems.add(account + " signed in at " + t + ", " + Ages.lateBy(Duration.between(d.at(), t)) + " after the revocation deadline"));
        if (!problems.isEmpty()) return ExportOutcome.fail(d.leaver().email(), d.who() + ": " + String.join("; ", problems), file, d.leaver().line());
        return ExportOutcome.pass(d.leaver().email(), d.who() + ": " + state + lastUse(a), file, d.leaver().line());
    }

    private static String lastUse(RosterAccount a) {
        return a.lastLogin().map(t -> "; last sign-in " + t).orElse("; never signed in");
    }

    private static ExportOutcome iamUser(Deadline d, CredentialReport report, CredentialReportUser u, String file) {
        String account = "IAM user " + u.user() + " (" + report.file() + ":" + u.line() + ")";
        List<String> enabled = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (u.hasConsolePassword()) enabled.add("console password");
        for (AccessKey k : u.accessKeys()) if (k.active()) enabled.add("access key " + k.number());
        for (SigningCertificate c : u.certificates()) if (c.active()) enabled.add("signing certificate " + c.number());
        if (!enabled.isEmpty() && d.passed()) problems.add(d.stillEnabled(account + " still has " + String.join(", ", enabled) + " enabled"));
        if (u.passwordLastUsed().known() && u.passwordLastUsed().instant().isAfter(d.at())) {
            problems.add(usedLate(account, "console password", u.passwordLastUsed().instant(), d));
        }
        for (AccessKey k : u.accessKeys()) {
            if (k.lastUsed().known() && k.lastUsed().instant().isAfter(d.at())) problems.add(usedLate(account, "access key " + k.number(), k.lastUsed().instant(), d));
        }
        if (!problems.isEmpty()) return ExportOutcome.fail(d.leaver().email(), d.who() + ": " + String.join("; ", problems), file, d.leaver().line());
        String state = enabled.isEmpty() ? account + " has no enabled credentials and none was used after the deadline"
                : account + " still has " + String.join(", ", enabled) + " enabled" + d.withinSla();
        return ExportOutcome.pass(d.leaver().email(), d.who() + ": " + state, file, d.leaver().line());
    }

    private static String usedLate(String account, String credential, Instant used, Deadline d) {
        return account + ": " + credential + " used at " + used + ", " + Ages.lateBy(Duration.between(d.at(), used)) + " after the revocation deadline";
    }

    /** A leaver's revocation deadline, judged at {@code now}. */
    private record Deadline(Leaver leaver, Instant at, long slaHours, Instant now) {
        boolean passed() {
            return now.isAfter(at);
        }

        String who() {
            return "leaver " + leaver.email() + " (terminated " + leaver.terminatedAt() + ")";
        }

        String slaText() {
            return slaHours + "-hour SLA";
        }

        String stillEnabled(String what) {
            long since = Duration.between(leaver.terminatedAt(), now).toHours();
            return what + " " + Ages.hours(since) + " after termination, " + Ages.lateBy(Duration.between(at, now)) + " past the " + slaText();
        }

        /** For an account still enabled before the deadline: fine for now, and until when. */
        String withinSla() {
            return passed() ? "" : ", within the " + slaText() + " (deadline " + at + ")";
        }
    }
}
