package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.Status;
import dev.bulwark.rule.ResourceLogic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An S3 bucket's default encryption uses a customer managed KMS key: {@code sse_algorithm} is
 * {@code aws:kms} or {@code aws:kms:dsse} and {@code kms_master_key_id} names a key the account
 * manages. The encryption is read from the bucket's inline block (provider v3) and from every
 * {@code aws_s3_bucket_server_side_encryption_configuration} whose {@code bucket} is this bucket;
 * the key is judged through what the holding resource refers to, since a key ARN is only known
 * after apply. The rule does not apply to buckets that receive server access logs or load balancer
 * logs: those writers only support S3-managed keys.
 */
public final class S3CustomerManagedKey implements ResourceLogic {
    private static final String SEPARATE = "aws_s3_bucket_server_side_encryption_configuration";
    private static final Set<String> KMS_ALGORITHMS = Set.of("aws:kms", "aws:kms:dsse");

    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_s3_bucket");
    }

    /** One apply_server_side_encryption_by_default block and the resource (and top-level argument) it is written in. */
    private record Default(Value.Obj block, Resource holder, String topAttribute) {}

    @Override
    public Outcome evaluate(Resource bucket, RuleContext context) {
        String logDestinationOf = logDestinationOf(bucket, context);
        if (logDestinationOf != null) {
            return Outcome.notApplicable("bucket " + bucket.address() + " receives logs from " + logDestinationOf
                    + ", which only supports S3-managed keys, so the rule does not apply to it");
        }
        Value inline = bucket.attribute("server_side_encryption_configuration");
        if (inline instanceof Value.Unknown u) {
            return Outcome.unknown("cannot decide: server_side_encryption_configuration is unknown (" + u.describe() + ")",
                    "server_side_encryption_configuration");
        }
        List<Default> defaults = new ArrayList<>();
        Value.Unknown unknownBlock = null;
        for (Value.Obj config : Blocks.of(inline)) {
            unknownBlock = firstNonNull(unknownBlock, collect(config.get("rule"), bucket, "server_side_encryption_configuration", defaults));
        }
        // A separate encryption resource names no other bucket, so referring to this one at all means it configures it
        // (with for_each the reference may come through each.value rather than the bucket argument itself).
        for (Resource config : context.referrers(bucket, SEPARATE)) {
            unknownBlock = firstNonNull(unknownBlock, collect(config.attribute("rule"), config, "rule", defaults));
        }
        if (defaults.isEmpty() && unknownBlock != null) {
            return Outcome.unknown("cannot decide: the encryption rules of the bucket are unknown (" + unknownBlock.describe() + ")", null);
        }
        if (defaults.isEmpty()) {
            return Outcome.fail("bucket " + bucket.address() + " declares no default encryption, so S3 uses S3-managed keys (SSE-S3)"
                    + " rather than a customer managed KMS key", "server_side_encryption_configuration");
        }
        Outcome unknown = null;
        Outcome pass = null;
        for (Default d : defaults) {
            Outcome o = judge(bucket, d, context);
            if (o.status() == Status.FAIL) return o;
            if (o.status() == Status.UNKNOWN && unknown == null) unknown = o;
            if (o.status() == Status.PASS && pass == null) pass = o;
        }
        return unknown != null ? unknown : pass;
    }

    private static Outcome judge(Resource bucket, Default d, RuleContext context) {
        String where = d.holder() == bucket ? "its server_side_encryption_configuration" : d.holder().address();
        String attribute = d.holder() == bucket ? "server_side_encryption_configuration" : null;
        Value algorithm = d.block().get("sse_algorithm");
        if (algorithm instanceof Value.Unknown u) {
            return Outcome.unknown("cannot decide: sse_algorithm in " + where + " is unknown (" + u.describe() + ")", attribute);
        }
        String alg = algorithm instanceof Value.Str s ? s.value() : algorithm == null ? "(unset)" : "(a " + algorithm.typeName() + ")";
        if (!KMS_ALGORITHMS.contains(alg)) {
            return Outcome.fail("bucket " + bucket.address() + " encrypts with sse_algorithm " + alg + " in " + where
                    + ", i.e. S3-managed keys, not a customer managed KMS key", attribute);
        }
        KmsKeys.Choice key = KmsKeys.classify(d.holder(), d.topAttribute(), d.block().get("kms_master_key_id"), context);
        return switch (key.kind()) {
            case CUSTOMER_MANAGED -> Outcome.pass("bucket " + bucket.address() + " encrypts with the customer managed key " + key.what());
            case AWS_MANAGED -> Outcome.fail("bucket " + bucket.address() + " encrypts with the AWS managed key " + key.what()
                    + " (" + where + ")", attribute);
            case NONE -> Outcome.fail("bucket " + bucket.address() + " uses " + alg + " without kms_master_key_id in " + where
                    + ", so S3 uses the AWS managed key aws/s3", attribute);
            case UNKNOWN -> Outcome.unknown("cannot decide: kms_master_key_id in " + where + " is unknown (" + key.what() + ")", attribute);
        };
    }

    /** Adds the default-encryption blocks under {@code rules}; returns the first unknown block list met, or null. */
    private static Value.Unknown collect(Value rules, Resource holder, String topAttribute, List<Default> out) {
        if (rules instanceof Value.Unknown u) return u;
        Value.Unknown unknown = null;
        for (Value.Obj rule : Blocks.of(rules)) {
            Value defaults = rule.get("apply_server_side_encryption_by_default");
            if (defaults instanceof Value.Unknown u && unknown == null) unknown = u;
            for (Value.Obj d : Blocks.of(defaults)) out.add(new Default(d, holder, topAttribute));
        }
        return unknown;
    }

    private static Value.Unknown firstNonNull(Value.Unknown a, Value.Unknown b) {
        return a != null ? a : b;
    }

    /** The writer whose logs land in this bucket (access logging of another bucket, or a load balancer), or null. */
    private static String logDestinationOf(Resource bucket, RuleContext context) {
        List<Resource> writers = new ArrayList<>(context.referrersThrough(bucket, "aws_s3_bucket_logging", "target_bucket"));
        writers.addAll(context.referrersThrough(bucket, "aws_s3_bucket", "logging"));
        for (String lb : List.of("aws_lb", "aws_alb", "aws_elb")) writers.addAll(context.referrersThrough(bucket, lb, "access_logs"));
        if (!writers.isEmpty()) return writers.get(0).address();
        if (bucket.attribute("acl") instanceof Value.Str s && "log-delivery-write".equals(s.value())) return "log delivery (its acl is log-delivery-write)";
        return null;
    }
}
