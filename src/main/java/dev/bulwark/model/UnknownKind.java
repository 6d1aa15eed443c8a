package dev.bulwark.model;

import java.util.Locale;

/**
 * What every value an unknown may turn out to be has in common. A rule that gives the same verdict for
 * every value of a kind names the kind and is decided without the value.
 */
public enum UnknownKind {
    /** The ARN AWS assigns to one resource, or that a data source reads: names that one thing, never a wildcard. */
    ARN,
    /** The IPv4 or IPv6 CIDR of a VPC or subnet: AWS allows IPv4 /16 to /28 and IPv6 prefixes far narrower than /0, so never a /0. */
    VPC_CIDR;

    /** The name rules use: {@code arn}, {@code vpc_cidr}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id}, or null. */
    public static UnknownKind byId(String id) {
        for (UnknownKind k : values()) {
            if (k.id().equals(id)) return k;
        }
        return null;
    }
}
