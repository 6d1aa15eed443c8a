package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which resources point at a bucket through one particular argument. A logging or replication
 * resource names two buckets (the source in {@code bucket}, the destination elsewhere), so
 * "refers to the bucket somewhere" is not enough to tell which side the bucket is on.
 */
final class BucketRelations {
    private BucketRelations() {}

    /** Resources of {@code type} whose top-level argument {@code attribute} refers to {@code target}. */
    static List<Resource> referrersVia(RuleContext context, Resource target, String type, String attribute) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : context.referrers(target, type)) {
            if (refersVia(r, attribute, target)) out.add(r);
        }
        return out;
    }

    /**
     * True when {@code from}'s argument {@code attribute} was derived from {@code target} (or one of
     * its instances). An argument written as {@code each.value.id} may carry no reference of its
     * own, the model keeping it under {@code for_each}/{@code count}: a written argument without
     * references then counts as derived from what the expansion iterates over.
     */
    static boolean refersVia(Resource from, String attribute, Resource target) {
        Set<String> own = from.references().get(attribute);
        if (own != null) return matches(own, target.address());
        if (from.attribute(attribute) == null) return false;
        for (String expansion : List.of("for_each", "count")) {
            Set<String> iterated = from.references().get(expansion);
            if (iterated != null && matches(iterated, target.address())) return true;
        }
        return false;
    }

    private static boolean matches(Set<String> targets, String address) {
        for (String t : targets) {
            if (t.equals(address) || address.startsWith(t + "[") || t.startsWith(address + "[")) return true;
        }
        return false;
    }

    /** Addresses joined for a message, e.g. {@code aws_s3_bucket_logging.a, aws_s3_bucket_logging.b}. */
    static String addresses(List<Resource> resources) {
        List<String> names = new ArrayList<>();
        for (Resource r : resources) names.add(r.address());
        return String.join(", ", names);
    }

    /** How a bucket is named in messages: its address, plus its bucket name when that is known. */
    static String describe(Resource bucket) {
        String name = BlockValues.string(bucket.attribute("bucket"));
        return name == null ? bucket.address() : bucket.address() + " (\"" + name + "\")";
    }
}
