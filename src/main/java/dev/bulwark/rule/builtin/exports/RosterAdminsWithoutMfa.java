package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.Roster;
import dev.bulwark.model.export.RosterAccount;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every administrator in the identity roster whose account still grants access has MFA. */
public final class RosterAdminsWithoutMfa implements ExportCheck {
    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.ROSTER);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        Roster roster = Exports.as(export, Roster.class, getClass());
        List<ExportOutcome> out = new ArrayList<>();
        for (RosterAccount a : roster.accounts()) {
            if (!a.admin() || !a.status().canSignIn()) continue;
            String who = a.user() + " (" + a.email() + ", " + a.status().text() + ", roles " + roles(a) + ")";
            out.add(a.mfa()
                    ? ExportOutcome.pass(a.user(), "administrator " + who + " has MFA", roster.file(), a.line())
                    : ExportOutcome.fail(a.user(), "administrator " + who + " has no MFA (mfa false)", roster.file(), a.line()));
        }
        return out;
    }

    static String roles(RosterAccount a) {
        return a.roles().isEmpty() ? "none" : String.join(", ", a.roles());
    }
}
