package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.ResourceLogic;

import java.util.Set;

/**
 * A backup vault's recovery points are restored on a schedule to prove they work: some
 * {@code aws_backup_restore_testing_plan} of the same configuration selects the vault, by
 * referring to it in {@code recovery_point_selection.include_vaults} or by including every vault
 * ({@code "*"}). A plan that names vaults by literal ARN cannot be matched and is not counted.
 * In Java because a wildcard plan relates to a vault without referring to it.
 */
public final class BackupVaultRestoreTesting implements ResourceLogic {
    private static final String PLAN = "aws_backup_restore_testing_plan";

    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_backup_vault");
    }

    @Override
    public Outcome evaluate(Resource vault, RuleContext context) {
        Value.Unknown undecided = null;
        for (Resource plan : context.sameRoot(vault, PLAN)) {
            if (plan.refersTo(vault.address())) {
                return Outcome.pass("vault " + vault.address() + " is restore-tested by " + plan.address());
            }
            for (Value selection : list(plan.attribute("recovery_point_selection"))) {
                if (!(selection instanceof Value.Obj s)) continue;
                Value vaults = s.get("include_vaults");
                if (vaults instanceof Value.Unknown u) {
                    undecided = undecided == null ? u : undecided;
                    continue;
                }
                for (Value v : list(vaults)) {
                    if (v instanceof Value.Str str && str.value().equals("*")) {
                        return Outcome.pass("vault " + vault.address() + " is restore-tested by " + plan.address() + ", which includes every vault");
                    }
                    // A value the provider computes is another resource's ARN: had it been this vault's, the plan would refer to it.
                    if (v instanceof Value.Unknown u && u.reason() != UnknownReason.COMPUTED && undecided == null) undecided = u;
                }
            }
        }
        if (undecided != null) {
            return Outcome.unknown("cannot decide: a restore testing plan selects vaults that are unknown (" + undecided.describe() + ")", null);
        }
        return Outcome.fail("vault " + vault.address() + " is not selected by any aws_backup_restore_testing_plan, so its recovery points are never test-restored", null);
    }

    private static java.util.List<Value> list(Value v) {
        if (v instanceof Value.ListV l) return l.items();
        return java.util.List.of();
    }
}
