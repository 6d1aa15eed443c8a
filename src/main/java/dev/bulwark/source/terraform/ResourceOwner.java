package dev.bulwark.source.terraform;

import dev.bulwark.model.UnknownKind;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;

import java.util.Set;

/**
 * The resource or data source a value object belongs to, so that reading an attribute the
 * configuration does not set says why it is unknown (the provider computes it at apply; a data
 * source is read at plan or at apply time) and what kind of value it is.
 *
 * @param type        the resource type; null for a nested block, whose attributes have no kind
 * @param dataAtApply for a data source: whether Terraform defers reading it to apply
 */
record ResourceOwner(String address, String type, boolean data, boolean dataAtApply) {
    /** Types whose {@code cidr_block} and {@code ipv6_cidr_block} are a VPC's or subnet's range. */
    private static final Set<String> VPC_RANGE_TYPES = Set.of(
            "aws_vpc", "aws_default_vpc", "aws_subnet", "aws_default_subnet",
            "aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association");

    static ResourceOwner block(String address) {
        return new ResourceOwner(address, null, false, false);
    }

    /** A resource's or data source's own body, after its arguments are evaluated. */
    static ResourceOwner of(String address, String type, boolean data, Value.Obj arguments, boolean dependsOn) {
        return new ResourceOwner(address, type, data, data && (dependsOn || waitsForApply(arguments)));
    }

    /** The value of an attribute the configuration does not set. */
    Value.Unknown unwritten(String path) {
        UnknownReason reason = !data ? UnknownReason.COMPUTED
                : dataAtApply ? UnknownReason.DATA_SOURCE_AT_APPLY : UnknownReason.DATA_SOURCE;
        Value.Unknown u = Value.unknown(reason, address + path);
        UnknownKind kind = kindOf(path.startsWith(".") ? path.substring(1) : null);
        return kind == null ? u : u.ofKind(kind);
    }

    /** The kind every value of top-level attribute {@code name} has, whatever it turns out to be; or null. */
    UnknownKind kindOf(String name) {
        if (type == null || name == null) return null;
        // Every AWS resource's arn attribute is the ARN AWS assigns to that one resource.
        if (name.equals("arn")) return UnknownKind.ARN;
        if ((name.equals("cidr_block") || name.equals("ipv6_cidr_block")) && VPC_RANGE_TYPES.contains(type)) {
            return UnknownKind.VPC_CIDR;
        }
        return null;
    }

    /**
     * Terraform reads a data source while planning unless an argument is known only after apply
     * (a value a provider computes, or read from a data source that itself waits for apply).
     */
    private static boolean waitsForApply(Value v) {
        if (v instanceof Value.Unknown u) {
            if (u.parts() != null) {
                for (Value piece : u.parts()) if (waitsForApply(piece)) return true;
                return false;
            }
            return u.reason() == UnknownReason.COMPUTED || u.reason() == UnknownReason.DATA_SOURCE_AT_APPLY
                    || u.reason() == UnknownReason.UNKNOWN_INPUT;
        }
        if (v instanceof Value.ListV l) {
            for (Value item : l.items()) if (waitsForApply(item)) return true;
        } else if (v instanceof Value.Obj o) {
            for (Value item : o.fields().values()) if (waitsForApply(item)) return true;
        }
        return false;
    }
}
