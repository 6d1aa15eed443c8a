package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.ResourceLogic;

import java.util.Set;

/**
 * An RDS instance or cluster encrypts its storage with a customer managed KMS key named in
 * {@code kms_key_id} ({@code kms_key_arn} on Neptune clusters). Neptune and DocumentDB clusters fall
 * back to the same AWS managed key as RDS. Without it RDS uses the AWS managed key {@code aws/rds}, whose policy and
 * rotation the account cannot control. Only {@code kms_key_id} counts: an instance also names keys
 * for Performance Insights and its master password secret, which do not protect the data. A
 * same-region read replica takes its source's key, so the rule does not apply to it: the source is judged.
 */
public final class RdsCustomerManagedKey implements ResourceLogic {
    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_db_instance", "aws_rds_cluster", "aws_neptune_cluster", "aws_docdb_cluster");
    }

    @Override
    public Outcome evaluate(Resource db, RuleContext context) {
        String argument = keyArgument(db);
        KmsKeys.Choice choice = KmsKeys.classify(db, argument, db.attribute(argument), context);
        return switch (choice.kind()) {
            case CUSTOMER_MANAGED -> Outcome.pass(db.address() + " encrypts its storage with the customer managed key " + choice.what());
            case AWS_MANAGED -> Outcome.fail(db.address() + " has " + argument + " " + choice.what() + ", an AWS managed key", argument);
            case UNKNOWN -> Outcome.unknown("cannot decide: " + argument + " is unknown (" + choice.what() + ")", argument);
            case NONE -> withoutKey(db, argument);
        };
    }

    /** Neptune clusters name their key in kms_key_arn; RDS and DocumentDB in kms_key_id. */
    private static String keyArgument(Resource db) {
        return "aws_neptune_cluster".equals(db.type()) ? "kms_key_arn" : "kms_key_id";
    }

    private static Outcome withoutKey(Resource db, String argument) {
        Value source = db.attribute("replicate_source_db");
        if (source != null && !(source instanceof Value.Null)) {
            return Outcome.notApplicable(db.address() + " is a read replica and uses the key of its source database");
        }
        Value encrypted = db.attribute("storage_encrypted");
        if (encrypted instanceof Value.Unknown u) {
            return Outcome.fail(db.address() + " sets no " + argument + ", so its storage is at best encrypted with the AWS managed key aws/rds"
                    + " (storage_encrypted is unknown: " + u.describe() + ")", argument);
        }
        boolean isEncrypted = Flags.isTrue(encrypted) || serverless(db);
        return Outcome.fail(db.address() + (isEncrypted
                ? " sets no " + argument + ", so its storage is encrypted with the AWS managed key aws/rds"
                : " does not encrypt its storage and sets no " + argument), isEncrypted ? argument : "storage_encrypted");
    }

    /** Aurora Serverless v1 clusters are always encrypted, with aws/rds unless a key is named. */
    private static boolean serverless(Resource db) {
        return db.attribute("engine_mode") instanceof Value.Str s && "serverless".equals(s.value());
    }
}
