package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.Set;

/**
 * Recognises, from the code alone, an AMI registered with ImdsSupport v2.0: instances launched from it
 * without metadata options require IMDSv2. Recognised are the Amazon Linux 2023 images (plain and
 * ECS-optimized), named by their public SSM parameter ({@code resolve:ssm:...} or an
 * {@code aws_ssm_parameter} data source) or looked up with an {@code aws_ami} data source owned by
 * Amazon whose name filter only matches {@code al2023-ami-*}, and an {@code aws_ami} registered in the
 * configuration with {@code imds_support = "v2.0"}. Anything else (a literal AMI id, a variable) is not.
 */
final class ImdsV2Amis {
    private static final List<String> SSM_PREFIXES = List.of(
            "/aws/service/ami-amazon-linux-latest/al2023-ami-",
            "/aws/service/ecs/optimized-ami/amazon-linux-2023/");
    private static final String RESOLVE_SSM = "resolve:ssm:";
    private static final String AL2023_NAME = "al2023-ami-";
    /** The owner alias and account that publish Amazon Linux images. */
    private static final Set<String> AMAZON_OWNERS = Set.of("amazon", "137112412989");

    private ImdsV2Amis() {}

    /**
     * What the AMI of {@code attribute} (ami, image_id) is, when it is known to require IMDSv2 by default;
     * null when the code does not show that.
     */
    static String requiringTokens(Resource holder, String attribute, RuleContext context) {
        Value ami = holder.attribute(attribute);
        if (ami instanceof Value.Str s) {
            String parameter = s.value().startsWith(RESOLVE_SSM) ? s.value().substring(RESOLVE_SSM.length()) : null;
            return parameter != null && amazonLinux2023Parameter(parameter) ? "the Amazon Linux 2023 image of SSM parameter " + parameter : null;
        }
        if (!(ami instanceof Value.Unknown unknown) || unknown.detail() == null) return null;
        Set<String> targets = holder.references().getOrDefault(attribute, Set.of());
        for (Resource p : context.referenced(holder, "aws_ssm_parameter")) {
            if (p.mode() == Resource.Mode.DATA && valueOf(unknown, targets, p, "value", "insecure_value")
                    && p.attribute("name") instanceof Value.Str name && amazonLinux2023Parameter(name.value())) {
                return "the Amazon Linux 2023 image of SSM parameter " + name.value() + ", read by " + p.address();
            }
        }
        for (Resource a : context.referenced(holder, "aws_ami")) {
            if (!valueOf(unknown, targets, a, "id", "image_id")) continue;
            if (a.mode() == Resource.Mode.MANAGED && a.attribute("imds_support") instanceof Value.Str v && "v2.0".equals(v.value())) {
                return a.address();
            }
            if (a.mode() == Resource.Mode.DATA && amazonOwned(a) && onlyAmazonLinux2023Names(a)) {
                return "the Amazon Linux 2023 image " + a.address() + " looks up";
            }
        }
        return null;
    }

    private static boolean amazonLinux2023Parameter(String name) {
        return SSM_PREFIXES.stream().anyMatch(name::startsWith);
    }

    /** True when the unknown value is one of {@code attributes} of {@code source} itself, not merely derived from it among others. */
    private static boolean valueOf(Value.Unknown value, Set<String> targets, Resource source, String... attributes) {
        if (targets.stream().noneMatch(t -> Resource.sameOrInstance(t, source.address()))) return false;
        String local = source.modulePath().isEmpty() ? source.address() : source.address().substring(source.modulePath().length() + 1);
        for (String attribute : attributes) {
            for (String address : List.of(source.address(), local)) {
                if (value.detail().equals(address + "." + attribute)) return true;
            }
        }
        return false;
    }

    /** Every owner the lookup allows publishes Amazon Linux, so no one else's image can match the name. */
    private static boolean amazonOwned(Resource lookup) {
        if (!(lookup.attribute("owners") instanceof Value.ListV owners) || owners.items().isEmpty()) return false;
        return owners.items().stream().allMatch(o -> o instanceof Value.Str s && AMAZON_OWNERS.contains(s.value()));
    }

    /** A name filter whose every pattern starts with the Amazon Linux 2023 image name prefix. */
    private static boolean onlyAmazonLinux2023Names(Resource lookup) {
        for (Value.Obj filter : Blocks.of(lookup.attribute("filter"))) {
            if (!(filter.get("name") instanceof Value.Str n) || !"name".equals(n.value())) continue;
            if (filter.get("values") instanceof Value.ListV values && !values.items().isEmpty()
                    && values.items().stream().allMatch(v -> v instanceof Value.Str s && s.value().startsWith(AL2023_NAME))) {
                return true;
            }
        }
        return false;
    }
}
