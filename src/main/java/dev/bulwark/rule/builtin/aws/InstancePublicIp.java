package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.ResourceLogic;

import java.util.Set;

/**
 * An instance gets no public IPv4 address: associate_public_ip_address decides when it is set; otherwise
 * the subnet's map_public_ip_on_launch does. The subnet is the instance's subnet_id, or the one its launch
 * template's network interface names; with neither, EC2 places the instance in the default subnet of its
 * availability zone, whose setting is made outside the code (default subnets assign public addresses
 * unless changed), so the answer is UNKNOWN. An instance attached to an existing network interface gets
 * no public address, since EC2 assigns one only to a new primary interface.
 */
public final class InstancePublicIp implements ResourceLogic {
    private static final String ASSOCIATE = "associate_public_ip_address";

    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_instance");
    }

    @Override
    public Outcome evaluate(Resource instance, RuleContext context) {
        Value associate = instance.attribute(ASSOCIATE);
        if (associate instanceof Value.Unknown u) {
            return Outcome.unknown("cannot decide: " + ASSOCIATE + " is unknown (" + u.describe() + ")", ASSOCIATE);
        }
        if (associate != null && !(associate instanceof Value.Null)) {
            return Flags.isTrue(associate)
                    ? Outcome.fail("associate_public_ip_address = true gives " + instance.address() + " a public IPv4 address", ASSOCIATE)
                    : Outcome.pass(instance.address() + " sets associate_public_ip_address = " + text(associate));
        }
        if (Blocks.written(instance.attribute("network_interface"))) {
            return Outcome.pass(instance.address() + " is attached to an existing network interface, which EC2 gives no public IPv4 address");
        }
        Resource subnetHolder = instance;
        if (!written(instance.attribute("subnet_id"))) {
            Resource template = Blocks.written(instance.attribute("launch_template")) ? LaunchTemplates.of(instance, context) : null;
            if (Blocks.written(instance.attribute("launch_template")) && template == null) {
                return Outcome.unknown(instance.address() + " sets neither subnet_id nor associate_public_ip_address and takes its network"
                        + " settings from a launch template that is not in this configuration, so its subnet is not known", null);
            }
            subnetHolder = template != null && namesSubnet(template) ? template : null;
        }
        if (subnetHolder == null) {
            return Outcome.unknown(instance.address() + " sets neither subnet_id nor associate_public_ip_address, so EC2 launches it into the"
                    + " default subnet of its availability zone, whose map_public_ip_on_launch is set outside this configuration"
                    + " (default subnets assign public IPv4 addresses unless that was changed)", null);
        }
        for (Resource subnet : context.referenced(subnetHolder, "aws_subnet")) {
            Value map = subnet.attribute("map_public_ip_on_launch");
            if (map instanceof Value.Unknown u) {
                return Outcome.unknown("cannot decide: map_public_ip_on_launch of " + subnet.address() + " is unknown (" + u.describe() + ")", null);
            }
            if (map != null && Flags.isTrue(map)) {
                return Outcome.fail(instance.address() + " leaves associate_public_ip_address unset and is launched into a subnet with"
                        + " map_public_ip_on_launch = true (" + subnet.address() + "), so it receives a public IPv4 address", ASSOCIATE);
            }
        }
        return Outcome.pass(instance.address() + " leaves associate_public_ip_address unset and its subnet does not assign public IPv4 addresses"
                + " on launch");
    }

    private static boolean namesSubnet(Resource template) {
        for (Value.Obj n : Blocks.of(template.attribute("network_interfaces"))) {
            if (written(n.get("subnet_id"))) return true;
        }
        return false;
    }

    private static boolean written(Value v) {
        return v != null && !(v instanceof Value.Null);
    }

    private static String text(Value v) {
        return v instanceof Value.Bool b ? String.valueOf(b.value()) : v instanceof Value.Str s ? s.value() : v.typeName();
    }
}
