package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** {@code cidrhost}, {@code cidrnetmask}, {@code cidrsubnet} and {@code cidrsubnets} for IPv4 and IPv6. */
final class NetworkFunctions {
    /** Terraform caps one extension at 32 bits so subnet numbers fit everywhere. */
    private static final int MAX_NEW_BITS = 32;

    private NetworkFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.of("cidrhost", 2, a -> Value.of(IpPrefix.parse(a.string(0)).host(a.bigInteger(1)).toString())),
                Builtin.of("cidrnetmask", 1, a -> {
                    IpPrefix prefix = IpPrefix.parse(a.string(0));
                    if (prefix.bits() != 32) {
                        throw a.error("IPv6 addresses cannot have a netmask: " + a.string(0));
                    }
                    return Value.of(new IpAddress(IpPrefix.mask(32, prefix.length()), 32).toString());
                }),
                Builtin.of("cidrsubnet", 3, a -> {
                    IpPrefix prefix = IpPrefix.parse(a.string(0));
                    int newBits = a.integer(1);
                    if (newBits < 0) {
                        throw a.argError(1, "must not be negative, got " + newBits);
                    }
                    if (newBits > MAX_NEW_BITS) {
                        throw a.error("may not extend prefix by more than " + MAX_NEW_BITS + " bits");
                    }
                    return Value.of(prefix.subnet(newBits, a.bigInteger(2)).toString());
                }),
                Builtin.variadic("cidrsubnets", 1, NetworkFunctions::cidrsubnets));
    }

    /** Consecutive subnets of the given extra lengths, each aligned to its own size, packed from the start. */
    private static Value cidrsubnets(Args a) throws FunctionException {
        IpPrefix base = IpPrefix.parse(a.string(0));
        BigInteger next = base.network().value();
        BigInteger end = next.add(base.size());
        List<Value> out = new ArrayList<>();
        String previous = null;
        for (int i = 1; i < a.size(); i++) {
            int newBits = a.integer(i);
            if (newBits < 1) {
                throw a.argError(i, "must extend prefix by at least one bit");
            }
            if (newBits > MAX_NEW_BITS) {
                throw a.argError(i, "may not extend prefix by more than " + MAX_NEW_BITS + " bits");
            }
            int length = base.length() + newBits;
            if (length > base.bits()) {
                throw a.argError(i, "would extend prefix to " + length + " bits, which is too long for an "
                        + (base.bits() == 32 ? "IPv4" : "IPv6") + " address");
            }
            BigInteger size = BigInteger.ONE.shiftLeft(base.bits() - length);
            BigInteger aligned = next.add(size).subtract(BigInteger.ONE).divide(size).multiply(size);
            if (aligned.add(size).compareTo(end) > 0) {
                String after = previous == null ? "the start of " + base : previous;
                throw a.argError(i, "not enough remaining address space for a subnet with a prefix of " + length
                        + " bits after " + after);
            }
            IpPrefix subnet = new IpPrefix(new IpAddress(aligned, base.bits()), length);
            previous = subnet.toString();
            out.add(Value.of(previous));
            next = aligned.add(size);
        }
        return new Value.ListV(out);
    }
}
