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
 * An S3 bucket has server access logging: an inline {@code logging} block (provider v3), or an
 * {@code aws_s3_bucket_logging} whose {@code bucket} argument is this bucket. A logging resource
 * that only names this bucket as its {@code target_bucket} does not count: it logs another bucket
 * into this one. Buckets that receive access logs are exempt, since a log destination that logs
 * to itself produces a record for every record it stores.
 */
public final class S3AccessLogging implements TerraformLogic {
    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_s3_bucket");
    }

    @Override
    public Outcome evaluate(Resource bucket, RuleContext context) {
        Value inline = bucket.attribute("logging");
        if (inline instanceof Value.Unknown u) {
            return Outcome.unknown("cannot decide: logging is unknown (" + u.describe() + ")", "logging");
        }
        if (!BlockValues.blocks(inline).isEmpty()) {
            return Outcome.pass("bucket " + BucketRelations.describe(bucket) + " has an inline logging block");
        }
        List<Resource> configs = BucketRelations.referrersVia(context, bucket, "aws_s3_bucket_logging", "bucket");
        if (!configs.isEmpty()) {
            return Outcome.pass("bucket " + BucketRelations.describe(bucket) + " is logged by " + BucketRelations.addresses(configs));
        }
        List<Resource> sources = new ArrayList<>(BucketRelations.referrersVia(context, bucket, "aws_s3_bucket_logging", "target_bucket"));
        sources.addAll(BucketRelations.referrersVia(context, bucket, "aws_s3_bucket", "logging"));
        if (!sources.isEmpty()) {
            return Outcome.pass("bucket " + BucketRelations.describe(bucket) + " is an access log destination (for "
                    + BucketRelations.addresses(sources) + ") and is exempt");
        }
        if ("log-delivery-write".equals(BlockValues.string(bucket.attribute("acl")))) {
            return Outcome.pass("bucket " + BucketRelations.describe(bucket) + " has the log-delivery-write ACL of a log destination");
        }
        return Outcome.fail("bucket " + BucketRelations.describe(bucket) + " has no server access logging: no logging block, and no "
                + "aws_s3_bucket_logging names it in its bucket argument", null);
    }
}
