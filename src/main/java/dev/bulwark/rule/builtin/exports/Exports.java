package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ParsedExport;

/** The typed view of the export a check was handed. */
final class Exports {
    private Exports() {}

    static <T extends ParsedExport> T as(ParsedExport export, Class<T> type, Class<?> check) {
        if (!type.isInstance(export)) {
            throw new IllegalArgumentException(check.getSimpleName() + " judges " + type.getSimpleName() + " exports, got " + export.kind().id());
        }
        return type.cast(export);
    }

    /** The UNKNOWN a root-user check gives when the report has no root row; {@code what} is what could not be judged. */
    static ExportOutcome noRootRow(CredentialReport report, String what) {
        return ExportOutcome.unknown(CredentialReportUser.ROOT, "the credential report has no " + CredentialReportUser.ROOT
                + " row, so " + what + " cannot be judged", report.file(), 1);
    }
}
