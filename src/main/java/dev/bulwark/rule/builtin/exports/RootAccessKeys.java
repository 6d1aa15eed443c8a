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
import java.util.Optional;
import java.util.Set;

/**
 * The root user has no access keys: a root key is full, MFA-less, unscoped access to the account.
 * An inactive key that still exists fails too, since anyone who can reactivate it holds it.
 */
public final class RootAccessKeys implements ExportCheck {
    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.CREDENTIAL_REPORT);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        CredentialReport report = Exports.as(export, CredentialReport.class, getClass());
        Optional<CredentialReportUser> root = report.root();
        if (root.isEmpty()) {
            return List.of(Exports.noRootRow(report, "the root user's access keys"));
        }
        CredentialReportUser r = root.get();
        List<ExportOutcome> out = new ArrayList<>();
        for (AccessKey k : r.accessKeys()) {
            if (!k.exists()) continue;
            out.add(ExportOutcome.fail(r.user(), "the root user has access key " + k.number() + " ("
                    + (k.active() ? "active" : "inactive") + ", last rotated " + Ages.describe(k.lastRotated()) + ", " + use(k) + ")",
                    report.file(), r.line()));
        }
        if (out.isEmpty()) {
            out.add(ExportOutcome.pass(r.user(), "the root user has no access keys (access_key_1_active false, access_key_2_active false)",
                    report.file(), r.line()));
        }
        return out;
    }

    private static String use(AccessKey k) {
        if (!k.lastUsed().known()) return "never used";
        return "last used " + Ages.date(k.lastUsed().instant()) + " in " + k.lastUsedRegion() + " for " + k.lastUsedService();
    }
}
