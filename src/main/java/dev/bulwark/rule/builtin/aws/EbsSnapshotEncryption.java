package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.ResourceLogic;

import java.util.Set;

/**
 * An EBS snapshot has no encryption setting of its own: it is encrypted exactly when the volume it is
 * taken from is. The snapshot is judged by the {@code aws_ebs_volume} its {@code volume_id} names when
 * that volume is managed in the configuration; a volume that is looked up or named by id cannot be
 * judged from code, so the result is unknown.
 */
public final class EbsSnapshotEncryption implements ResourceLogic {
    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_ebs_snapshot");
    }

    @Override
    public Outcome evaluate(Resource snapshot, RuleContext context) {
        Set<String> targets = snapshot.references().getOrDefault("volume_id", Set.of());
        for (Resource volume : context.referenced(snapshot, "aws_ebs_volume")) {
            if (targets.stream().noneMatch(t -> Resource.sameOrInstance(t, volume.address()))) continue;
            if (volume.mode() == Resource.Mode.DATA) {
                return Outcome.unknown("cannot decide: the snapshot is encrypted only if " + volume.address()
                        + " is, and that volume is not managed in this configuration", "volume_id");
            }
            return judgeVolume(snapshot, volume);
        }
        Value id = snapshot.attribute("volume_id");
        String named = id instanceof Value.Str s ? "volume " + s.value()
                : id instanceof Value.Unknown u ? "a volume whose id is unknown (" + u.describe() + ")"
                : "no volume";
        return Outcome.unknown("cannot decide: the snapshot is encrypted only if its volume is, and volume_id names "
                + named + ", which is not managed in this configuration", "volume_id");
    }

    private static Outcome judgeVolume(Resource snapshot, Resource volume) {
        Value encrypted = volume.attribute("encrypted");
        if (Flags.isTrue(encrypted)) {
            return Outcome.pass(snapshot.address() + " is taken from " + volume.address() + ", which is encrypted");
        }
        if (encrypted instanceof Value.Unknown u) {
            return Outcome.unknown("cannot decide: the snapshot is encrypted only if " + volume.address()
                    + " is, and its encrypted is unknown (" + u.describe() + ")", "volume_id");
        }
        boolean unset = encrypted == null || encrypted instanceof Value.Null;
        return Outcome.fail(snapshot.address() + " is taken from " + volume.address() + (unset
                ? ", which does not set encrypted = true, so the snapshot is encrypted only if the volume's source snapshot or the account default is"
                : ", which has encrypted = false, so the snapshot is not encrypted"), "volume_id");
    }
}
