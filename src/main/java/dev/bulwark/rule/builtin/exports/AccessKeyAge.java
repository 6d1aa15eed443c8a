package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.AccessKey;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every active access key was rotated within {@code access_key_max_age_days}. */
public final class AccessKeyAge implements ExportCheck {
    static final String SETTING = "access_key_max_age_days";

    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.CREDENTIAL_REPORT);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        CredentialReport report = Exports.as(export, CredentialReport.class, getClass());
        long limit = context.number(SETTING);
        List<ExportOutcome> out = new ArrayList<>();
        for (CredentialReportUser u : report.users()) {
            for (AccessKey k : u.accessKeys()) {
                if (!k.active()) continue;
                String which = "access key " + k.number() + " of " + u.user();
                if (!k.lastRotated().known()) {
                    out.add(ExportOutcome.unknown(u.user(), which + " is active but its rotation date is " + k.lastRotated().word(),
                            report.file(), u.line()));
                    continue;
                }
                long age = Ages.daysBetween(k.lastRotated().instant(), context.now());
                String detail = which + " was last rotated on " + Ages.date(k.lastRotated().instant()) + ", " + Ages.days(age)
                        + " ago (limit " + Ages.days(limit) + ")";
                out.add(Ages.olderThanDays(k.lastRotated().instant(), context.now(), limit)
                        ? ExportOutcome.fail(u.user(), detail, report.file(), u.line())
                        : ExportOutcome.pass(u.user(), detail, report.file(), u.line()));
            }
        }
        return out;
    }
}
