package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.Status;
import dev.bulwark.rule.ResourceLogic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Secrets Manager secret rotates at least every {@code secret_rotation_max_days}: some
 * {@code aws_secretsmanager_secret_rotation} that refers to it (or, before provider 5, the secret's own
 * {@code rotation_rules}) sets {@code automatically_after_days} or a {@code schedule_expression} whose
 * longest gap is within the limit. In Java because a schedule expression must be read, and one that
 * cannot be decided is UNKNOWN with its reason.
 */
public final class SecretRotationSchedule implements ResourceLogic {
    private static final String ROTATION = "aws_secretsmanager_secret_rotation";
    private static final String SETTING = "secret_rotation_max_days";

    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_secretsmanager_secret");
    }

    @Override
    public Outcome evaluate(Resource secret, RuleContext context) {
        double max = ((Number) context.settings().get(SETTING)).doubleValue();
        List<Resource> owners = new ArrayList<>(context.referrersThrough(secret, ROTATION, "secret_id"));
        if (present(secret.attribute("rotation_rules"))) owners.add(secret);
        if (owners.isEmpty()) {
            return Outcome.fail("secret " + secret.address() + " is never rotated: no " + ROTATION + " refers to it", null);
        }
        Outcome failed = null;
        Outcome unknown = null;
        for (Resource owner : owners) {
            Outcome o = judge(secret, owner, max);
            if (o.status() == Status.PASS) return o;
            if (o.status() == Status.UNKNOWN) unknown = unknown == null ? o : unknown;
            else failed = failed == null ? o : failed;
        }
        return unknown != null ? unknown : failed;
    }

    private static Outcome judge(Resource secret, Resource owner, double max) {
        String head = "secret " + secret.address() + (owner == secret ? "" : " (rotated by " + owner.address() + ")");
        String limit = "the allowed " + whole(max) + " days";
        Value rules = owner.attribute("rotation_rules");
        if (rules instanceof Value.Unknown u) return Outcome.unknown(head + ": rotation_rules is unknown (" + u.describe() + ")", "rotation_rules");
        List<Value> items = rules instanceof Value.ListV l ? l.items() : rules instanceof Value.Obj ? List.of(rules) : List.of();
        for (Value item : items) {
            if (item instanceof Value.Unknown u) return Outcome.unknown(head + ": rotation_rules is unknown (" + u.describe() + ")", "rotation_rules");
            if (!(item instanceof Value.Obj rr)) continue;
            Value days = rr.get("automatically_after_days");
            Value schedule = rr.get("schedule_expression");
            if (days instanceof Value.Num n) {
                double d = n.value().doubleValue();
                return d <= max
                        ? Outcome.pass(head + " rotates every " + whole(d) + " days, within " + limit)
                        : Outcome.fail(head + " rotates every " + whole(d) + " days, longer than " + limit, "rotation_rules");
            }
            if (days instanceof Value.Unknown u) {
                return Outcome.unknown(head + ": rotation_rules.automatically_after_days is unknown (" + u.describe() + ")", "rotation_rules");
            }
            if (schedule instanceof Value.Unknown u) {
                return Outcome.unknown(head + ": rotation_rules.schedule_expression is unknown (" + u.describe() + ")", "rotation_rules");
            }
            if (schedule instanceof Value.Str s) {
                RotationSchedule.Gap gap = RotationSchedule.longestGap(s.value());
                String what = head + " rotates on " + s.value();
                if (!gap.decided()) {
                    return Outcome.unknown(what + ", whose interval Bulwark cannot decide: " + gap.undecided(), "rotation_rules");
                }
                String apart = gap.days() < 1 ? "less than a day apart" : "up to " + whole(gap.days()) + " days apart";
                return gap.days() <= max
                        ? Outcome.pass(what + ", " + apart + ", within " + limit)
                        : Outcome.fail(what + ", " + apart + ", longer than " + limit, "rotation_rules");
            }
        }
        return Outcome.fail(head + " has rotation_rules with neither automatically_after_days nor schedule_expression", "rotation_rules");
    }

    private static boolean present(Value v) {
        return v != null && !(v instanceof Value.Null) && !(v instanceof Value.ListV l && l.items().isEmpty());
    }

    private static String whole(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
