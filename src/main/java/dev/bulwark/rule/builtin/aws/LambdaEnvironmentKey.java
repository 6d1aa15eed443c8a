package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.ResourceLogic;

import java.util.Set;

/**
 * A Lambda function that sets environment variables encrypts them with a customer managed key named
 * in {@code kms_key_arn}. Lambda always encrypts them at rest, with the AWS managed key
 * {@code aws/lambda} when no key is named, whose policy and use the account cannot control. A
 * function without environment variables has nothing for the key to protect: the rule does not apply.
 */
public final class LambdaEnvironmentKey implements ResourceLogic {
    private enum Variables { NONE, SOME, UNKNOWN }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_lambda_function");
    }

    @Override
    public Outcome evaluate(Resource function, RuleContext context) {
        Value environment = function.attribute("environment");
        Variables variables = variables(environment);
        if (variables == Variables.NONE) {
            return Outcome.notApplicable(function.address() + " sets no environment variables");
        }
        KmsKeys.Choice key = KmsKeys.classify(function, "kms_key_arn", function.attribute("kms_key_arn"), context);
        if (key.kind() == KmsKeys.Kind.CUSTOMER_MANAGED) {
            return Outcome.pass(function.address() + " encrypts its environment variables with the customer managed key " + key.what());
        }
        if (key.kind() == KmsKeys.Kind.UNKNOWN) {
            return Outcome.unknown("cannot decide: kms_key_arn is unknown (" + key.what() + ")", "kms_key_arn");
        }
        if (variables == Variables.UNKNOWN) {
            return Outcome.unknown("cannot decide whether " + function.address() + " sets environment variables: "
                    + unknownPart(environment), "environment");
        }
        return Outcome.fail(function.address() + (key.kind() == KmsKeys.Kind.AWS_MANAGED
                ? " has kms_key_arn " + key.what() + ", an AWS managed key, for its environment variables"
                : " sets environment variables but no kms_key_arn, so they are encrypted with the AWS managed key aws/lambda"),
                key.kind() == KmsKeys.Kind.AWS_MANAGED ? "kms_key_arn" : "environment");
    }

    /** Whether the {@code environment} blocks hold at least one variable. */
    private static Variables variables(Value environment) {
        if (environment == null || environment instanceof Value.Null) return Variables.NONE;
        if (environment instanceof Value.Unknown) return Variables.UNKNOWN;
        if (environment instanceof Value.Obj block) return ofBlock(block);
        if (!(environment instanceof Value.ListV blocks)) return Variables.UNKNOWN;
        Variables found = Variables.NONE;
        for (Value b : blocks.items()) {
            Variables v = b instanceof Value.Obj block ? ofBlock(block) : Variables.UNKNOWN;
            if (v == Variables.SOME) return Variables.SOME;
            if (v == Variables.UNKNOWN) found = Variables.UNKNOWN;
        }
        return found;
    }

    private static Variables ofBlock(Value.Obj block) {
        Value vars = block.get("variables");
        if (vars == null || vars instanceof Value.Null) return Variables.NONE;
        if (vars instanceof Value.Obj map) return map.fields().isEmpty() ? Variables.NONE : Variables.SOME;
        return Variables.UNKNOWN;
    }

    private static String unknownPart(Value environment) {
        if (environment instanceof Value.Unknown u) return "its environment is unknown (" + u.describe() + ")";
        if (environment instanceof Value.ListV blocks) {
            for (Value b : blocks.items()) {
                if (b instanceof Value.Unknown u) return "an environment block is unknown (" + u.describe() + ")";
                if (b instanceof Value.Obj block && block.get("variables") instanceof Value.Unknown u) return "its variables are unknown (" + u.describe() + ")";
            }
        }
        if (environment instanceof Value.Obj block && block.get("variables") instanceof Value.Unknown u) {
            return "its variables are unknown (" + u.describe() + ")";
        }
        return "environment is a " + environment.typeName() + " value";
    }
}
