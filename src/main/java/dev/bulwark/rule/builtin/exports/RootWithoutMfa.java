package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The account's root user has an MFA device. */
public final class RootWithoutMfa implements ExportCheck {
    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.CREDENTIAL_REPORT);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        CredentialReport report = Exports.as(export, CredentialReport.class, getClass());
        Optional<CredentialReportUser> root = report.root();
        if (root.isEmpty()) {
            return List.of(Exports.noRootRow(report, "the root user's MFA"));
        }
        CredentialReportUser r = root.get();
        return List.of(r.mfaActive()
                ? ExportOutcome.pass(r.user(), "the root user (" + r.arn() + ") has an MFA device (mfa_active true)", report.file(), r.line())
                : ExportOutcome.fail(r.user(), "the root user (" + r.arn() + ") has no MFA device (mfa_active false)", report.file(), r.line()));
    }
}
