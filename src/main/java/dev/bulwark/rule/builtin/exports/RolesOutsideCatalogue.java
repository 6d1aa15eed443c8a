package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.Roster;
import dev.bulwark.model.export.RosterAccount;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Access goes through predefined roles: every role an active account holds is in the declared role
 * catalogue (compared exactly). Without a catalogue nothing can be judged, and the check says so once.
 */
public final class RolesOutsideCatalogue implements ExportCheck {
    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.ROSTER);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        Roster roster = Exports.as(export, Roster.class, getClass());
        if (context.roleCatalogue().isEmpty()) {
            return List.of(ExportOutcome.unknown(roster.file(), "no role catalogue is declared, so the roles in " + roster.file()
                    + " cannot be checked against one", roster.file(), 1));
        }
        Set<String> catalogue = new HashSet<>(context.roleCatalogue());
        List<ExportOutcome> out = new ArrayList<>();
        for (RosterAccount a : roster.accounts()) {
            if (!a.status().canSignIn()) continue;
            List<String> outside = a.roles().stream().filter(r -> !catalogue.contains(r)).toList();
            if (!outside.isEmpty()) {
                out.add(ExportOutcome.fail(a.user(), a.user() + " holds " + (outside.size() == 1 ? "a role" : "roles")
                        + " outside the role catalogue: " + String.join(", ", outside), roster.file(), a.line()));
            } else {
                out.add(ExportOutcome.pass(a.user(), a.user() + " holds only catalogue roles: " + RosterAdminsWithoutMfa.roles(a),
                        roster.file(), a.line()));
            }
        }
        return out;
    }
}
