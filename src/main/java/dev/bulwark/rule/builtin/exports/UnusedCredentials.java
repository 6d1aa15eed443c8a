package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.AccessKey;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.ReportTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * No IAM user keeps an enabled credential (console password, active access key) that went unused
 * for {@code credential_unused_days}. A credential never used counts from when it was set (the
 * password's last change, the key's rotation, else the user's creation). The root user is left to
 * its own rules: root should go unused.
 */
public final class UnusedCredentials implements ExportCheck {
    static final String SETTING = "credential_unused_days";

    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.CREDENTIAL_REPORT);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        CredentialReport report = Exports.as(export, CredentialReport.class, getClass());
        long limit = context.number(SETTING);
        Instant now = context.now();
        List<ExportOutcome> out = new ArrayList<>();
        for (CredentialReportUser u : report.users()) {
            if (u.isRoot()) continue;
            List<String> unused = new ArrayList<>();
            List<String> used = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            if (u.hasConsolePassword()) {
                judge("console password", u.passwordLastUsed(), setAt(u.passwordLastChanged(), u), now, limit, unused, used, unknown);
            }
            for (AccessKey k : u.accessKeys()) {
                if (k.active()) judge("access key " + k.number(), k.lastUsed(), setAt(k.lastRotated(), u), now, limit, unused, used, unknown);
            }
            if (unused.isEmpty() && used.isEmpty() && unknown.isEmpty()) continue;
            String limitText = " (limit " + Ages.days(limit) + ")";
            if (!unused.isEmpty()) {
                out.add(ExportOutcome.fail(u.user(), "IAM user " + u.user() + ": " + String.join("; ", unused) + limitText, report.file(), u.line()));
            } else if (!unknown.isEmpty()) {
                out.add(ExportOutcome.unknown(u.user(), "IAM user " + u.user() + ": " + String.join("; ", unknown), report.file(), u.line()));
            } else {
                out.add(ExportOutcome.pass(u.user(), "IAM user " + u.user() + ": " + String.join("; ", used) + limitText, report.file(), u.line()));
            }
        }
        return out;
    }

    /** When a credential that was never used was set: its own date, else the user's creation. */
    private static ReportTime setAt(ReportTime own, CredentialReportUser u) {
        return own.known() ? own : u.userCreationTime();
    }

    private static void judge(String what, ReportTime lastUsed, ReportTime setAt, Instant now, long limit,
                              List<String> unused, List<String> used, List<String> unknown) {
        if (lastUsed.known()) {
            long days = Ages.daysBetween(lastUsed.instant(), now);
            String text = what + " last used " + Ages.date(lastUsed.instant()) + ", " + Ages.days(days) + " ago";
            (Ages.olderThanDays(lastUsed.instant(), now, limit) ? unused : used).add(text);
        } else if (setAt.known()) {
            long days = Ages.daysBetween(setAt.instant(), now);
            String text = what + " never used (" + lastUsed.word() + ") since it was set on " + Ages.date(setAt.instant()) + ", " + Ages.days(days) + " ago";
            (Ages.olderThanDays(setAt.instant(), now, limit) ? unused : used).add(text);
        } else {
            unknown.add(what + " is enabled, but the report gives neither its last use (" + lastUsed.word() + ") nor when it was set");
        }
    }
}
