package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.TerraformLogic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An S3 bucket keeps a copy of its objects in another bucket: an enabled replication rule in the
 * inline {@code replication_configuration} (provider v3) or in an
 * {@code aws_s3_bucket_replication_configuration} whose {@code bucket} is this bucket. A bucket
 * that is itself a replication destination already is the copy. The destination's region is
 * decided by provider configuration and is not checked.
 */
public final class S3Replication implements TerraformLogic {
    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_s3_bucket");
    }

    @Override
    public Outcome evaluate(Resource bucket, RuleContext context) {
        String name = BucketRelations.describe(bucket);
        Value inline = bucket.attribute("replication_configuration");
        Undecided undecided = new Undecided();
        if (inline instanceof Value.Unknown u) {
            undecided.note("replication_configuration", u, "replication_configuration");
        }
        List<Value.Obj> inlineRules = BlockValues.nested(BlockValues.blocks(inline), "rules");
        if (anyEnabled(inlineRules, "the replication_configuration block", "replication_configuration", undecided)) {
            return Outcome.pass("bucket " + name + " replicates through its replication_configuration block");
        }
        List<Resource> configs = BucketRelations.referrersVia(context, bucket, "aws_s3_bucket_replication_configuration", "bucket");
        for (Resource c : configs) {
            Value rules = c.attribute("rule");
            if (rules instanceof Value.Unknown u) undecided.note("rule of " + c.address(), u, null);
            if (anyEnabled(BlockValues.blocks(rules), c.address(), null, undecided)) {
                return Outcome.pass("bucket " + name + " replicates through " + c.address());
            }
        }
        List<Resource> sources = new ArrayList<>(BucketRelations.referrersVia(context, bucket, "aws_s3_bucket_replication_configuration", "rule"));
        sources.addAll(BucketRelations.referrersVia(context, bucket, "aws_s3_bucket", "replication_configuration"));
        if (!sources.isEmpty()) {
            return Outcome.pass("bucket " + name + " is the replication destination of " + BucketRelations.addresses(sources));
        }
        if (undecided.outcome() != null) return undecided.outcome();
        String why = configs.isEmpty() && inlineRules.isEmpty()
                ? "no replication_configuration block, and no aws_s3_bucket_replication_configuration names it in its bucket argument"
                : "every replication rule of " + (configs.isEmpty() ? "its replication_configuration block" : BucketRelations.addresses(configs))
                  + " has a status other than \"Enabled\"";
        return Outcome.fail("bucket " + name + " is not replicated to another bucket: " + why, configs.isEmpty() ? "replication_configuration" : null);
    }

    private static boolean anyEnabled(List<Value.Obj> rules, String where, String attribute, Undecided undecided) {
        for (Value.Obj r : rules) {
            Value status = r.get("status");
            if ("Enabled".equals(BlockValues.string(status))) return true;
            if (status instanceof Value.Unknown u) undecided.note("the status of a replication rule in " + where, u, attribute);
        }
        return false;
    }
}
