package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every IAM user with a console password has an MFA device (the root user has its own rule). */
public final class ConsoleUsersWithoutMfa implements ExportCheck {
    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.CREDENTIAL_REPORT);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        CredentialReport report = Exports.as(export, CredentialReport.class, getClass());
        List<ExportOutcome> out = new ArrayList<>();
        for (CredentialReportUser u : report.users()) {
            if (u.isRoot() || !u.hasConsolePassword()) continue;
            if (u.mfaActive()) {
                out.add(ExportOutcome.pass(u.user(), "IAM user " + u.user() + " has a console password and an MFA device (mfa_active true)",
                        report.file(), u.line()));
            } else {
                out.add(ExportOutcome.fail(u.user(), "IAM user " + u.user() + " can sign in to the console with a password (last used "
                        + Ages.describe(u.passwordLastUsed()) + ") without MFA (mfa_active false)", report.file(), u.line()));
            }
        }
        return out;
    }
}
