package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.ResourceLogic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An S3 bucket's objects are encrypted at rest. Since January 2023 S3 encrypts every new object with
 * SSE-S3 when the bucket declares nothing else, and the declared algorithms S3 accepts all encrypt, so
 * a bucket fails only when it declares an sse_algorithm S3 does not accept. A declared algorithm that is
 * unknown still encrypts, whichever value it takes. The algorithm is read from the bucket's inline block
 * (provider v3) and from every {@code aws_s3_bucket_server_side_encryption_configuration} that refers to it.
 */
public final class S3EncryptionAtRest implements ResourceLogic {
    private static final String SEPARATE = "aws_s3_bucket_server_side_encryption_configuration";
    private static final List<String> ALGORITHMS = List.of("AES256", "aws:kms", "aws:kms:dsse");

    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_s3_bucket");
    }

    /** One declared sse_algorithm and where it is written. */
    private record Declared(Value algorithm, String where) {}

    @Override
    public Outcome evaluate(Resource bucket, RuleContext context) {
        List<Declared> declared = new ArrayList<>();
        for (Value.Obj config : Blocks.of(bucket.attribute("server_side_encryption_configuration"))) {
            collect(config.get("rule"), "its server_side_encryption_configuration", declared);
        }
        for (Resource config : context.referrers(bucket, SEPARATE)) collect(config.attribute("rule"), config.address(), declared);
        String name = "bucket " + bucket.address();
        for (Declared d : declared) {
            if (d.algorithm() instanceof Value.Str s && !ALGORITHMS.contains(s.value())) {
                return Outcome.fail(name + " declares sse_algorithm " + s.value() + " in " + d.where() + ", which S3 does not accept (it takes "
                        + String.join(", ", ALGORITHMS) + ")", "server_side_encryption_configuration");
            }
        }
        for (Declared d : declared) {
            if (d.algorithm() instanceof Value.Str s) return Outcome.pass(name + " encrypts at rest with " + s.value() + " (" + d.where() + ")");
        }
        if (!declared.isEmpty() && declared.get(0).algorithm() instanceof Value.Unknown u) {
            return Outcome.pass(name + " encrypts at rest: its sse_algorithm is not known yet (" + u.describe()
                    + "), but every algorithm S3 accepts encrypts, and SSE-S3 applies when none is set");
        }
        return Outcome.pass(name + " declares no default encryption and relies on the SSE-S3 encryption S3 applies to every bucket"
                + " since January 2023");
    }

    /** Adds the sse_algorithm of each default-encryption block under {@code rules}. */
    private static void collect(Value rules, String where, List<Declared> out) {
        for (Value.Obj rule : Blocks.of(rules)) {
            for (Value.Obj d : Blocks.of(rule.get("apply_server_side_encryption_by_default"))) {
                Value algorithm = d.get("sse_algorithm");
                if (algorithm != null && !(algorithm instanceof Value.Null)) out.add(new Declared(algorithm, where));
            }
        }
    }
}
