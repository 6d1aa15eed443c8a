package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.Set;

/**
 * Which kind of KMS key an argument such as {@code kms_key_id} names. A literal is judged by its
 * text (AWS managed keys are the {@code alias/aws/...} aliases); a value computed from another
 * resource is judged by what it was derived from: a key or alias managed in the configuration is
 * customer managed, a looked-up key or alias is judged by the id or name it was looked up with.
 */
final class KmsKeys {
    private static final List<String> KEY_TYPES = List.of("aws_kms_key", "aws_kms_alias", "aws_kms_replica_key",
            "aws_kms_external_key", "aws_kms_replica_external_key");
    private static final String AWS_MANAGED_ALIAS = "alias/aws/";

    private KmsKeys() {}

    enum Kind { NONE, AWS_MANAGED, CUSTOMER_MANAGED, UNKNOWN }

    /** The verdict and what it rests on: the literal value, the key resource's address, or why it is unknown. */
    record Choice(Kind kind, String what) {}

    /**
     * @param holder       the resource whose argument names the key (the bucket, or its separate encryption resource)
     * @param topAttribute the holder's top-level argument the key sits under, used to find what it refers to
     * @param key          the key argument's value, null when it is not written
     */
    static Choice classify(Resource holder, String topAttribute, Value key, RuleContext context) {
        if (key == null || key instanceof Value.Null) return new Choice(Kind.NONE, null);
        if (key instanceof Value.Str s) {
            if (s.value().isBlank()) return new Choice(Kind.NONE, null);
            return new Choice(s.value().contains(AWS_MANAGED_ALIAS) ? Kind.AWS_MANAGED : Kind.CUSTOMER_MANAGED, s.value());
        }
        if (!(key instanceof Value.Unknown unknown)) return new Choice(Kind.UNKNOWN, "a " + key.typeName() + " value");
        Set<String> targets = holder.references().getOrDefault(topAttribute, Set.of());
        for (String type : KEY_TYPES) {
            for (Resource k : context.referenced(holder, type)) {
                if (derivedFrom(targets, k.address())) return judgeKeyResource(k);
            }
        }
        return new Choice(Kind.UNKNOWN, unknown.describe());
    }

    /** A key managed here is the customer's; a data source is as good as the id or name it looks up. */
    private static Choice judgeKeyResource(Resource k) {
        if (k.mode() == Resource.Mode.MANAGED) return new Choice(Kind.CUSTOMER_MANAGED, k.address());
        Value lookup = k.attribute("aws_kms_alias".equals(k.type()) ? "name" : "key_id");
        if (lookup instanceof Value.Str s) {
            return new Choice(s.value().contains(AWS_MANAGED_ALIAS) ? Kind.AWS_MANAGED : Kind.CUSTOMER_MANAGED,
                    k.address() + " (\"" + s.value() + "\")");
        }
        if (lookup instanceof Value.Unknown u) return new Choice(Kind.UNKNOWN, k.address() + " looks up " + u.describe());
        return new Choice(Kind.UNKNOWN, k.address() + " names no key id");
    }

    private static boolean derivedFrom(Set<String> targets, String address) {
        for (String t : targets) {
            if (Resource.sameOrInstance(t, address)) return true;
        }
        return false;
    }
}
