package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.TerraformLogic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bucket that receives logs (S3 access logs, CloudTrail, load balancer, CloudFront, flow logs,
 * AWS Config snapshots) keeps overwritten and deleted log files: versioning is enabled or object
 * lock is on. Buckets that receive no logs from resources in the same configuration pass.
 */
public final class LogBucketProtection implements TerraformLogic {
    /** Resource type → the argument through which it delivers logs into a bucket. */
    private static final Map<String, String> LOG_SOURCES = logSources();

    private static Map<String, String> logSources() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("aws_s3_bucket_logging", "target_bucket");
        m.put("aws_s3_bucket", "logging");
        m.put("aws_cloudtrail", "s3_bucket_name");
        m.put("aws_lb", "access_logs");
        m.put("aws_alb", "access_logs");
        m.put("aws_elb", "access_logs");
        m.put("aws_cloudfront_distribution", "logging_config");
        m.put("aws_flow_log", "log_destination");
        m.put("aws_config_delivery_channel", "s3_bucket_name");
        return m;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_s3_bucket");
    }

    @Override
    public Outcome evaluate(Resource bucket, RuleContext context) {
        String name = BucketRelations.describe(bucket);
        List<Resource> sources = new ArrayList<>();
        LOG_SOURCES.forEach((type, attribute) -> sources.addAll(BucketRelations.referrersVia(context, bucket, type, attribute)));
        if (sources.isEmpty()) return Outcome.pass("bucket " + name + " receives no logs from this configuration");

        Undecided undecided = new Undecided();
        String protection = protection(bucket, context, undecided);
        if (protection != null) return Outcome.pass("log bucket " + name + " is protected by " + protection);
        if (undecided.outcome() != null) return undecided.outcome();
        return Outcome.fail("log bucket " + name + " receives logs from " + BucketRelations.addresses(sources)
                + " but has neither versioning nor object lock enabled, so log files can be overwritten or deleted without a trace", null);
    }

    /** What keeps old object versions (e.g. "versioning"), or null when nothing does. */
    private static String protection(Resource bucket, RuleContext context, Undecided undecided) {
        Value inlineVersioning = bucket.attribute("versioning");
        if (inlineVersioning instanceof Value.Unknown u) undecided.note("versioning", u, "versioning");
        for (Value.Obj v : BlockValues.blocks(inlineVersioning)) {
            if (BlockValues.isTrue(v.get("enabled"))) return "its versioning block";
            if (v.get("enabled") instanceof Value.Unknown u) undecided.note("versioning.enabled", u, "versioning");
        }
        for (Resource r : BucketRelations.referrersVia(context, bucket, "aws_s3_bucket_versioning", "bucket")) {
            for (Value.Obj c : BlockValues.blocks(r.attribute("versioning_configuration"))) {
                Value status = c.get("status");
                if ("Enabled".equals(BlockValues.string(status))) return r.address();
                if (status instanceof Value.Unknown u) undecided.note("versioning_configuration.status of " + r.address(), u, null);
            }
        }
        Value lockFlag = bucket.attribute("object_lock_enabled");
        if (BlockValues.isTrue(lockFlag)) return "object_lock_enabled";
        if (lockFlag instanceof Value.Unknown u) undecided.note("object_lock_enabled", u, "object_lock_enabled");
        for (Value.Obj c : BlockValues.blocks(bucket.attribute("object_lock_configuration"))) {
            Value enabled = c.get("object_lock_enabled");
            if ("Enabled".equals(BlockValues.string(enabled))) return "its object_lock_configuration block";
            if (enabled instanceof Value.Unknown u) undecided.note("object_lock_configuration.object_lock_enabled", u, "object_lock_configuration");
        }
        List<Resource> locks = BucketRelations.referrersVia(context, bucket, "aws_s3_bucket_object_lock_configuration", "bucket");
        if (!locks.isEmpty()) return BucketRelations.addresses(locks);
        return null;
    }
}
